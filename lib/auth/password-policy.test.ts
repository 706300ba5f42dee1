import { describe, expect, it } from "vitest";
import { passwordSchema, unmetPasswordRules } from "./password-policy";

describe("password policy", () => {
  it("accepts a password meeting every rule, Unicode included", () => {
    expect(unmetPasswordRules("Correct-horse-9")).toEqual([]);
    expect(unmetPasswordRules("Élève-été-2026")).toEqual([]);
    expect(passwordSchema.safeParse("Correct-horse-9").success).toBe(true);
  });
  it("names each rule a password misses", () => {
    expect(unmetPasswordRules("short")).toEqual(["length", "uppercase", "digit", "special"]);
    expect(unmetPasswordRules("ALLUPPER123!")).toEqual(["lowercase"]);
    expect(passwordSchema.safeParse("nouppercase1!").success).toBe(false);
  });
});
