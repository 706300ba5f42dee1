// Plain lists shared by the staff forms (client) and their zod schemas
// (server). Kept out of schema.ts so client components do not bundle zod,
// whose object schemas probe `new Function` and trip the CSP (HD-1).
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

export function isProvince(value: string): value is Province {
  return (PROVINCES as readonly string[]).includes(value);
}

/** The fields a clinic may make mandatory on the registration form. */
export const REGISTRATION_FIELDS = [
  "sex",
  "primaryPhone",
  "secondaryPhone",
  "address",
  "language",
] as const;

/** The disclaimer patients tick before writing to the clinic (settings). */
export const MAX_DISCLAIMER = 1000;
/** A new communication's "patient may reply" choices (settings' default). */
export const REPLY_RULES = ["none", "once", "unlimited"] as const;
