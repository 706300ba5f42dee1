import { describe, expect, it } from "vitest";
import { billLines } from "./schema";
import { parseAmountCents, parseRatePpm } from "./typed";

describe("parseAmountCents", () => {
  it.each([
    ["25.00", 2_500],
    ["25,00", 2_500],
    ["25,5", 2_550],
    ["1 234,50 $", 123_450],
    ["1\u00a0234,50", 123_450],
    ["1,234.50", 123_450],
    ["$12", 1_200],
    ["-10", -1_000],
    [".50", 50],
  ])("reads %j as %i cents", (typed, cents) => expect(parseAmountCents(typed)).toBe(cents));

  it.each(["", "-", "abc", "12.345", "1.2.3", "12,", "--5", "1,234", "1.234,5.0"])(
    "refuses %j",
    (typed) => expect(parseAmountCents(typed)).toBeNull(),
  );
});

describe("parseRatePpm", () => {
  it.each([
    ["5", 50_000],
    ["9.975", 99_750],
    ["9,975 %", 99_750],
    ["0,5", 5_000],
    ["100", 1_000_000],
  ])("reads %j as %i ppm", (typed, ppm) => expect(parseRatePpm(typed)).toBe(ppm));

  it.each(["", "101", "9.9751", "-5", "x"])("refuses %j", (typed) =>
    expect(parseRatePpm(typed)).toBeNull(),
  );
});

describe("billLines", () => {
  it("skips blank lines and reports each problem on its own field", () => {
    expect(billLines(["Visit", "", "", "Discount"], ["10", "", "5", "0"])).toEqual({
      lines: [
        { description: "Visit", amountCents: 1_000 },
        { description: "", amountCents: 500 },
        { description: "Discount", amountCents: 0 },
      ],
      problems: { description2: "required", amount3: "amountZero" },
    });
  });

  it("allows a discount while the subtotal stays at or above zero", () => {
    expect(billLines(["Visit", "Discount"], ["10", "-10"]).problems).toEqual({});
    expect(billLines(["Visit", "Discount"], ["10", "-10.01"]).problems).toEqual({
      lines: "negativeSubtotal",
    });
    expect(billLines([], []).problems).toEqual({ lines: "linesRequired" });
  });
});
