import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { BillDocument } from "./bill-document";
import type { BillForPdf } from "./bill-for-pdf";
import { registerPdfFonts } from "./pdf-fonts";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * A bill as a PDF in the reader's language, rendered from its rows at each
 * download (so a status change shows at once). Takes 0.2–1 s of CPU: render
 * on demand, not in a loop over many bills.
 */
export async function renderBillPdf(bill: BillForPdf, locale: AppLocale): Promise<Uint8Array> {
  registerPdfFonts();
  const buffer = await renderToBuffer(<BillDocument bill={bill} locale={locale} />);
  // A plain view of the same bytes: some consumers (pdf.js) refuse a Buffer.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
