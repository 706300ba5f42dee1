// Renders a bill the way a patient downloads it and reads the text back from
// the PDF: labels in the reader's language, formatted amounts and dates, and
// names outside ASCII all survive the embedded fonts.
import sharp from "sharp";
import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import { billAmounts } from "./amounts";
import type { BillForPdf } from "./bill-for-pdf";
import { renderBillPdf } from "./pdf";
import type { AppLocale } from "@/lib/i18n/routing";

const lines = [
  { description: "Évaluation en physiothérapie", amountCents: 95_000 },
  // Typed by staff with a narrow no-break space before the colon.
  { description: "Orthèse plantaire\u202f: sur mesure", amountCents: 12_345 },
];
const amounts = billAmounts(lines, [
  { nameEn: "GST", nameFr: "TPS", ratePpm: 50_000 },
  { nameEn: "QST", nameFr: "TVQ", ratePpm: 99_750 },
]);

function bill(overrides: Partial<BillForPdf>): BillForPdf {
  return {
    clinic: {
      name: "Clinique Saint-Laurent",
      addressLine: "1234, rue Saint-Denis",
      city: "Montréal",
      province: "QC",
      postalCode: "H2X 3K8",
      phone: "514-555-0100",
      email: "accueil@clinique.example",
    },
    patientName: "Zoé Bélanger-Côté",
    number: "F-2026-0042",
    issuedOn: "2026-12-01",
    dueOn: "2026-12-31",
    status: "unpaid",
    lines,
    ...amounts,
    ...overrides,
  };
}

async function rendered(data: BillForPdf, locale: AppLocale) {
  const bytes = await renderBillPdf(data, locale);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 5));
  // The text layer maps a no-break space to Inter's space glyph: it reads back as " ".
  // pdf.js may detach the buffer it is given: read a copy.
  const { text } = await extractText(bytes.slice(), { mergePages: true });
  return { head, text };
}

describe("renderBillPdf", () => {
  it("writes a paid bill in Québec French", async () => {
    const { head, text } = await rendered(bill({ status: "paid" }), "fr");
    expect(head).toBe("%PDF-");
    expect(text).toContain("Facture");
    expect(text).toContain("F-2026-0042");
    expect(text).toContain("Zoé Bélanger-Côté");
    expect(text).toContain("Évaluation en physiothérapie");
    expect(text).toContain("Orthèse plantaire : sur mesure");
    expect(text).toContain("1er décembre 2026");
    expect(text).toContain("TPS (5 %)");
    expect(text).toContain("TVQ (9,975 %)");
    expect(text).toContain("Sous-total");
    expect(text).toContain("Total");
    // 1 073,45 $ + TPS 53,67 $ + TVQ 107,08 $
    expect(text).toContain("1 073,45 $");
    expect(text).toContain("53,67 $");
    expect(text).toContain("107,08 $");
    expect(text).toContain("1 234,20 $");
    expect(text).toContain("PAYÉE");
    expect(text).toContain("Cette facture a été payée.");
    expect(text).toContain("Page 1 de 1");
    expect(text).not.toContain("Invoice");
    expect(text).not.toContain("billPdf.");
  });

  it("writes an unpaid bill in English, with its due date and names beyond Latin-1", async () => {
    const { head, text } = await rendered(bill({ patientName: "Łukasz Nguyễn" }), "en");
    expect(head).toBe("%PDF-");
    expect(text).toContain("Invoice");
    expect(text).toContain("Łukasz Nguyễn");
    expect(text).toContain("GST (5%)");
    expect(text).toContain("QST (9.975%)");
    expect(text).toContain("Please pay $1,234.20 by December 31, 2026.");
    expect(text).not.toContain("PAID");
    expect(text).not.toContain("Facture");
  });

  it("prints the clinic's logo at the top when it has one, and no image otherwise", async () => {
    const logo = new Uint8Array(
      await sharp({ create: { width: 256, height: 128, channels: 3, background: "#0f766e" } })
        .png()
        .toBuffer(),
    );
    const images = (bytes: Uint8Array) =>
      new TextDecoder("latin1").decode(bytes).match(/\/Subtype\s*\/Image/g)?.length ?? 0;
    expect(images(await renderBillPdf(bill({ logo }), "en"))).toBe(1);
    expect(images(await renderBillPdf(bill({}), "en"))).toBe(0);
    const { text } = await rendered(bill({ logo }), "en");
    expect(text).toContain("Clinique Saint-Laurent");
  });
});
