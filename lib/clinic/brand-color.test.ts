import { describe, expect, it } from "vitest";
import {
  brandCss,
  brandPalette,
  brandStylesheetUrl,
  contrastRatio,
  DEFAULT_BRAND_COLOR,
  formatRatio,
  normalizeHexColor,
  passesWithWhite,
  relativeLuminance,
} from "./brand-color";

describe("relativeLuminance", () => {
  it("is 0 for black, 1 for white, and WCAG's value for a mid grey", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    // sRGB 0x77 = 119: ((119/255 + 0.055) / 1.055) ^ 2.4
    expect(relativeLuminance("#777777")).toBeCloseTo(0.1845, 4);
  });

  it("weighs green most and blue least", () => {
    expect(relativeLuminance("#00ff00")).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance("#ff0000")).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance("#0000ff")).toBeCloseTo(0.0722, 4);
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 10);
    expect(contrastRatio("#1d4ed8", "#1d4ed8")).toBe(1);
  });

  it("matches the published ratios of known pairs", () => {
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio(DEFAULT_BRAND_COLOR, "#ffffff")).toBeCloseTo(6.7, 1);
  });
});

describe("passesWithWhite", () => {
  it("accepts the portal's colour and dark colours, refuses light ones at the 4.5:1 line", () => {
    expect(passesWithWhite(DEFAULT_BRAND_COLOR)).toBe(true);
    expect(passesWithWhite("#767676")).toBe(true);
    expect(passesWithWhite("#777777")).toBe(false);
    expect(passesWithWhite("#ffff00")).toBe(false);
    expect(passesWithWhite("#ffffff")).toBe(false);
  });
});

describe("formatRatio", () => {
  it("rounds down, so a failing ratio never reads as the threshold", () => {
    expect(formatRatio(4.4999)).toBe("4.49");
    expect(formatRatio(21)).toBe("21.00");
    expect(formatRatio(contrastRatio("#ffff00", "#ffffff"))).toBe("1.07");
  });
});

describe("normalizeHexColor", () => {
  it("stores #rrggbb in lower case, with or without the # typed", () => {
    expect(normalizeHexColor(" #1D4ED8 ")).toBe("#1d4ed8");
    expect(normalizeHexColor("0f766e")).toBe("#0f766e");
  });

  it("refuses short, long, named and non-hex colours", () => {
    for (const value of ["#fff", "#1d4ed8ff", "blue", "#12345g", "", "#", "rgb(0,0,0)"])
      expect(normalizeHexColor(value), value).toBeNull();
  });
});

describe("brandPalette", () => {
  it("keeps the colour and derives a darker and a pale shade", () => {
    expect(brandPalette("#336699")).toEqual({
      brand: "#336699",
      dark: "#29527a",
      tint: "#eff3f7",
    });
  });

  it("keeps every pairing the portal uses at 4.5:1 for any accepted colour", () => {
    // Every 6th step of each channel: ~2 300 colours, hundreds of them near the 4.5 line.
    let checked = 0;
    for (let r = 0; r < 256; r += 17)
      for (let g = 0; g < 256; g += 17)
        for (let b = 0; b < 256; b += 17) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
          if (!passesWithWhite(hex)) continue;
          const { brand, dark, tint } = brandPalette(hex);
          expect(contrastRatio(brand, "#ffffff"), hex).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(dark, "#ffffff"), hex).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(dark, tint), hex).toBeGreaterThanOrEqual(4.5);
          checked++;
        }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe("brandCss and brandStylesheetUrl", () => {
  it("set the three custom properties, at an address that names the colour", () => {
    expect(brandCss("#336699")).toBe(
      ":root{--brand:#336699;--brand-dark:#29527a;--brand-tint:#eff3f7}\n",
    );
    expect(brandStylesheetUrl("#336699")).toBe("/api/clinic/theme?color=336699");
  });
});
