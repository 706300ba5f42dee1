// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** appointment-type-form.tsx */
export const appointmentTypeFormMessages = ["adminCatalog", "forms"] as const;
/** assigned-practitioner-form.tsx */
export const assignedPractitionerFormMessages = ["adminCatalog", "forms"] as const;
/** practitioner-form.tsx */
export const practitionerFormMessages = ["adminCatalog", "forms"] as const;
/** site-form.tsx */
export const siteFormMessages = ["adminCatalog", "forms"] as const;
/** specialty-form.tsx */
export const specialtyFormMessages = ["adminCatalog", "forms"] as const;
