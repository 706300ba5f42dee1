// The namespaces each client component of the patient's portal pages translates
// with (checked by components/i18n/client-messages.test.ts).
export const contactFormMessages = ["profileTab", "adminPatients", "forms", "provinces"] as const;
