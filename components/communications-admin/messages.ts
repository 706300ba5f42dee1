// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx).

/** compose-form.tsx */
export const composeFormMessages = ["adminCommunications", "forms"] as const;
