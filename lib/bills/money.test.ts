import { describe, expect, it } from "vitest";
import { formatMoney, formatTaxRate } from "./money";

const NBSP = "\u00a0";

describe("formatMoney", () => {
  it("writes dollars the Canadian English way", () => {
    expect(formatMoney(123_450, "en")).toBe("$1,234.50");
    expect(formatMoney(5, "en")).toBe("$0.05");
  });

  it("writes dollars the Québec way, with non-breaking spaces", () => {
    expect(formatMoney(123_450, "fr")).toBe(`1${NBSP}234,50${NBSP}$`);
    expect(formatMoney(11_498, "fr")).toBe(`114,98${NBSP}$`);
  });
});

describe("formatTaxRate", () => {
  it("shows the rate's own decimals", () => {
    expect(formatTaxRate(50_000, "en")).toBe("5%");
    expect(formatTaxRate(99_750, "en")).toBe("9.975%");
    expect(formatTaxRate(99_750, "fr")).toBe(`9,975${NBSP}%`);
    expect(formatTaxRate(1, "en")).toBe("0.0001%");
  });
});
