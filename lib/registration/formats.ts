// Canadian phone numbers and postal codes: accepted as people type them,
// stored and shown in one format.

/** "5141231234", "514-123-1234", "+1 (514) 123 1234"… → "(514) 123-1234"; null when it is not a Canadian/NANP number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  // Area code and exchange never start with 0 or 1 (North American Numbering Plan).
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return null;
  // Only digits, spaces and ( ) - . + may have been typed.
  if (/[^\d\s().+-]/.test(input)) return null;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

// Canada Post: no D, F, I, O, Q or U anywhere; no W or Z as first letter.
const POSTAL = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

/** "h2x1y4", "H2X-1Y4", " h2x 1y4 " → "H2X 1Y4"; null when it is not a Canadian postal code. */
export function normalizePostalCode(input: string): string | null {
  const m = POSTAL.exec(input.toUpperCase().replace(/[\s-]/g, ""));
  return m ? `${m[1]} ${m[2]}` : null;
}

export const PROVINCES = [
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
] as const;
export type Province = (typeof PROVINCES)[number];

/** A real YYYY-MM-DD calendar day ("2023-02-29" is not). */
export function isCalendarDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
  );
}

/**
 * A date of birth anyone may enter: a calendar day from 1900 until `today`
 * (YYYY-MM-DD, the clinic's); without `today`, the other rules only.
 */
export function isBirthDate(value: string, today?: string): boolean {
  return isCalendarDate(value) && value >= "1900-01-01" && (today === undefined || value <= today);
}

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
