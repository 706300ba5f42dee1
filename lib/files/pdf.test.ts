import { describe, expect, it } from "vitest";
import { sniffPdf } from "./pdf";

const encode = (text: string) => new TextEncoder().encode(text);

const minimalPdf = encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe("sniffPdf", () => {
  it("accepts a PDF by its content", async () => {
    expect(await sniffPdf(minimalPdf)).toBe(true);
  });

  it("refuses HTML, SVG, text, another binary type and nothing at all, whatever their name would say", async () => {
    expect(await sniffPdf(encode("<!doctype html><script>alert(1)</script>"))).toBe(false);
    expect(await sniffPdf(encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe(false);
    expect(await sniffPdf(encode("just some text, not a pdf"))).toBe(false);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await sniffPdf(png)).toBe(false);
    expect(await sniffPdf(new Uint8Array(0))).toBe(false);
  });

  it("refuses a PDF header that is not at the start", async () => {
    expect(await sniffPdf(encode(`<html>${"x".repeat(10)}%PDF-1.4`))).toBe(false);
  });
});
