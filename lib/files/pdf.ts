// Whether uploaded bytes are a PDF, by their content, never by the name or the
// type the browser claims. Necessary, not sufficient: "%PDF-" followed by HTML
// still reads as a PDF, which is why downloads are served with nosniff and a
// sandbox CSP (download.ts).
import { fileTypeFromBuffer } from "file-type";
import { PDF_CONTENT_TYPE } from "./constants";

export async function sniffPdf(bytes: Uint8Array): Promise<boolean> {
  const type = await fileTypeFromBuffer(bytes);
  return type?.mime === PDF_CONTENT_TYPE;
}
