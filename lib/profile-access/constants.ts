// Plain lists shared by the attachment forms (client) and their zod schemas
// (server). Kept out of schema.ts so client components do not bundle zod,
// whose object schemas probe `new Function` and trip the CSP (HD-1).
import type { Tab } from "@/lib/access/profile-access";

export const TABS = ["appointments", "messages", "documents", "bills"] as const satisfies Tab[];
export const CONSENT_METHODS = ["inPerson", "phone", "signedForm"] as const;
export type ConsentMethodValue = (typeof CONSENT_METHODS)[number];
