import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-password";

describe("common passwords (AU-3)", () => {
  it("refuses listed passwords case-insensitively", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("QWERTY123")).toBe(true);
    expect(isCommonPassword("Trustno1")).toBe(true);
  });
  it("refuses a listed word dressed up with digits and symbols to pass the composition rule", () => {
    expect(isCommonPassword("Password1!")).toBe(true);
    expect(isCommonPassword("!!Dragon2024")).toBe(true);
  });
  it("refuses the clinic name or the email's local part", () => {
    expect(isCommonPassword("Clinique-Soleil-1", { clinicName: "Clinique Soleil" })).toBe(true);
    expect(isCommonPassword("Jtremblay#2026", { email: "jtremblay@example.com" })).toBe(true);
  });
  it("accepts an uncommon password", () => {
    expect(
      isCommonPassword("Correct-horse-9", {
        email: "pat@example.com",
        clinicName: "Clinique Soleil",
      }),
    ).toBe(false);
    expect(isCommonPassword("Demo-portal-2026!")).toBe(false);
    expect(isCommonPassword("Élève-été-2026")).toBe(false);
  });
});
