// Limits shared by the patient's forms (client) and the actions' schemas (server),
// kept apart from schema.ts so client components do not bundle zod.

/** The free-text reason for a visit: optional, kept short; it never travels in a URL. */
export const REASON_MAX = 500;
