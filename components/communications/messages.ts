// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx).

/** reply-form.tsx */
export const replyFormMessages = ["communications", "forms"] as const;
/** start-message-form.tsx */
export const startMessageFormMessages = ["communications", "forms"] as const;
