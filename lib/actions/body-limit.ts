// The largest form a server action accepts: Next's own limit (next.config.ts
// passes this number to it). The proxy answers 413 above it, before Next would
// fail the request with a 500, and forms check it before sending, so the user
// gets a translated message and keeps what they typed.
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_FILES } from "../files/constants";
import { LOGO_MAX_BYTES } from "../clinic/logo-limits";

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The route that takes attachments (server actions cannot: their limit is the
 * one above): a staff communication with up to 5 PDFs of 10 MiB, plus its text.
 * Next hands the proxy a copy of the body cut at `proxyClientMaxBodySize`
 * (next.config.ts sets it to this), so only this route may send that much.
 */
export const COMMUNICATION_UPLOAD_PATH = /^\/api\/admin\/patients\/[^/]+\/communications$/;
export const UPLOAD_BODY_LIMIT_BYTES =
  ATTACHMENT_MAX_FILES * ATTACHMENT_MAX_BYTES + ACTION_BODY_LIMIT_BYTES;

/** The clinic's brand: its colour and a logo of up to 2 MiB (lib/admin/brand-upload.ts). */
export const BRAND_UPLOAD_PATH = "/api/admin/clinic/brand";
export const BRAND_BODY_LIMIT_BYTES = LOGO_MAX_BYTES + 64 * 1024;

/** The largest request body the proxy lets through to `pathname`. */
export function bodyLimitFor(pathname: string): number {
  if (pathname === BRAND_UPLOAD_PATH) return BRAND_BODY_LIMIT_BYTES;
  return COMMUNICATION_UPLOAD_PATH.test(pathname)
    ? UPLOAD_BODY_LIMIT_BYTES
    : ACTION_BODY_LIMIT_BYTES;
}

/** A close upper bound of the multipart body a FormData makes (names, values, per-part headers). */
export function formBodyBytes(form: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of form.entries()) {
    bytes += 120 + encoder.encode(name).length;
    bytes +=
      typeof value === "string" ? encoder.encode(value).length : value.size + value.name.length;
  }
  return bytes;
}
