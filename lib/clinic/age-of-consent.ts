// The age from which a person consents to their own care, by province. Québec
// sets 14 in law (Civil Code art. 14); New Brunswick sets 16 (Medical Consent of
// Minors Act). Elsewhere consent rests on capacity, not a fixed age: 16 is used as
// the portal's default there, and every clinic can override it in its settings.
const BY_PROVINCE: Record<string, number> = { QC: 14, NB: 16 };
export const DEFAULT_AGE_OF_CONSENT = 16;

export function ageOfConsent(province: string, override?: number | null): number {
  return override ?? BY_PROVINCE[province.toUpperCase()] ?? DEFAULT_AGE_OF_CONSENT;
}

/** The calendar day a person born on `dateOfBirth` (YYYY-MM-DD) turns `age`. Feb 29 birthdays turn on Mar 1. */
export function dayTurning(dateOfBirth: string, age: number): string {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  // Date.UTC rolls Feb 29 of a non-leap year over to Mar 1.
  return new Date(Date.UTC(y + age, m - 1, d)).toISOString().slice(0, 10);
}
