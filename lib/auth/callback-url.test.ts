import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path inside the portal, with its query", () => {
    expect(safeCallbackUrl("/fr/dashboard", "/en")).toBe("/fr/dashboard");
    expect(safeCallbackUrl("/en/appointments?id=1", "/en")).toBe("/en/appointments?id=1");
  });
  it.each([
    "https://evil.example/en",
    "//evil.example/en",
    "/\\evil.example",
    "/en//evil",
    "javascript:alert(1)",
    "/api/auth/signout",
    "",
  ])("refuses %s", (value) => {
    expect(safeCallbackUrl(value, "/en")).toBe("/en");
  });
});
