// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx).

/** attach-profile-form.tsx */
export const attachProfileFormMessages = ["adminProfileAccess", "forms"] as const;
/** manage-access-form.tsx */
export const manageAccessFormMessages = ["adminProfileAccess", "forms"] as const;
