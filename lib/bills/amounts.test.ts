import { describe, expect, it } from "vitest";
import { billAmounts, taxCents } from "./amounts";

const GST = { name: "GST", ratePpm: 50_000 };
const QST = { name: "QST", ratePpm: 99_750 };

function quebec(...lineCents: number[]) {
  const { subtotalCents, taxes, totalCents } = billAmounts(
    lineCents.map((amountCents) => ({ amountCents })),
    [GST, QST],
  );
  return { subtotalCents, taxes: taxes.map((t) => [t.name, t.amountCents]), totalCents };
}

describe("billAmounts with Québec's GST (5 %) and QST (9.975 %)", () => {
  it("sums the lines and adds each tax on the subtotal", () => {
    expect(quebec(6000, 4000)).toEqual({
      subtotalCents: 10_000,
      taxes: [
        ["GST", 500],
        ["QST", 998], // 9.975 $
      ],
      totalCents: 11_498,
    });
  });

  it("rounds an exact half cent up", () => {
    // QST on 20.00 $ is 1.995 $; GST on 0.10 $ is 0.005 $.
    expect(quebec(2000).taxes).toEqual([
      ["GST", 100],
      ["QST", 200],
    ]);
    expect(quebec(10).taxes).toEqual([
      ["GST", 1],
      ["QST", 1],
    ]);
  });

  it("rounds just under a half cent down and just over it up", () => {
    // QST on 0.05 $ is 0.0049875 $; on 0.06 $ it is 0.005985 $.
    expect(quebec(5).taxes).toEqual([
      ["GST", 0],
      ["QST", 0],
    ]);
    expect(quebec(6).taxes).toEqual([
      ["GST", 0],
      ["QST", 1],
    ]);
    // 10.10 $: GST 0.505 $ → 0.51 $, QST 1.007475 $ → 1.01 $.
    expect(quebec(1010)).toMatchObject({ totalCents: 1010 + 51 + 101 });
  });

  it("keeps every cent on the largest amount a bill column holds", () => {
    const max = 2_147_483_647;
    expect(taxCents(max, 99_750)).toBe(214_211_494); // 214 211 493.788…
    expect(taxCents(max, 1_000_000)).toBe(max);
  });

  it("has no tax on an empty bill and a total equal to the subtotal without taxes", () => {
    expect(quebec()).toEqual({
      subtotalCents: 0,
      taxes: [
        ["GST", 0],
        ["QST", 0],
      ],
      totalCents: 0,
    });
    expect(billAmounts([{ amountCents: 1234 }], [])).toEqual({
      subtotalCents: 1234,
      taxes: [],
      totalCents: 1234,
    });
  });

  it("refuses fractions of a cent, impossible rates and a negative subtotal", () => {
    expect(() => billAmounts([{ amountCents: 10.5 }], [GST])).toThrow(RangeError);
    expect(() => billAmounts([{ amountCents: 100 }], [{ ratePpm: 1_000_001 }])).toThrow(RangeError);
    expect(() => billAmounts([{ amountCents: 100 }, { amountCents: -200 }], [GST])).toThrow(
      RangeError,
    );
  });
});
