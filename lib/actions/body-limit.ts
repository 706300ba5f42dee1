// The largest form a server action accepts: Next's own limit (next.config.ts
// passes this number to it). The proxy answers 413 above it, before Next would
// fail the request with a 500, and forms check it before sending, so the user
// gets a translated message and keeps what they typed.
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

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
