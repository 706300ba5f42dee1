import { describe, expect, it } from "vitest";
import { telHref } from "./tel-href";

describe("telHref", () => {
  it("keeps only the digits and a leading plus", () => {
    expect(telHref("+1 (514) 555-0100")).toBe("tel:+15145550100");
    expect(telHref("514.555.0100")).toBe("tel:5145550100");
  });
});
