// Plain lists shared by the catalog forms (client) and their zod schemas
// (server). Kept out of schema.ts so client components do not bundle zod,
// whose object schemas probe `new Function` and trip the CSP (HD-1).
export const SITE_KINDS = ["physical", "virtual"] as const;
export type SiteKindValue = (typeof SITE_KINDS)[number];

export const APPOINTMENT_KINDS = ["regular", "emergency"] as const;
export type AppointmentKindValue = (typeof APPOINTMENT_KINDS)[number];

/** Appointment lengths: whole multiples of 5 minutes, 5 min to 8 h (the database CHECKs 5–480 too). */
export const DURATION = { min: 5, max: 480, step: 5 } as const;
