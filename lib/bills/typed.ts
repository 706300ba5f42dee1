// Amounts and rates as staff type them, read into integers: pure and free of
// zod, so the bill form's live totals (a client component) import them without
// pulling the validation library into the browser, where it probes eval.

export const MAX_BILL_LINES = 20;
/** 99,999.99 $ a line: twenty lines and their taxes stay far inside a 32-bit column. */
export const MAX_LINE_CENTS = 9_999_999;

/**
 * A typed amount in cents, or null when it is not one. The last "." or "," is
 * the decimal mark when one or two digits follow it; spaces (plain, no-break)
 * and a "$" are ignored, so a pasted "1 234,50 $" reads as 123450, and
 * "1,234.50" as 123450.
 */
export function parseAmountCents(typed: string): number | null {
  const text = typed.replace(/[\s\u00a0\u202f$]/g, "");
  const m = /^(-)?(\d+(?:([.,])\d{3})*|\d*)(?:([.,])(\d{1,2}))?$/.exec(text);
  if (!m || (!m[2] && !m[5])) return null;
  // "1,234" or "12.345" alone is ambiguous: a thousands mark only counts before the other decimal mark.
  if (m[3] && (!m[4] || m[3] === m[4])) return null;
  const whole = Number((m[2] ?? "").replace(/[.,]/g, "") || "0");
  const cents = whole * 100 + Number((m[5] ?? "0").padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] ? -cents : cents;
}

/** A rate typed in percent with up to three decimals ("9.975", "9,975") → parts per million. */
export function parseRatePpm(typed: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,3}))?$/.exec(typed.replace(/[\s\u00a0\u202f%]/g, ""));
  if (!m) return null;
  const ppm = Number(m[1]) * 10_000 + Number((m[2] ?? "").padEnd(3, "0") || "0") * 10;
  return ppm <= 1_000_000 ? ppm : null;
}

export const MAX_CLINIC_TAXES = 5;
