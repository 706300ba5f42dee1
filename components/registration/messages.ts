// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** activate-form.tsx */
export const activateFormMessages = ["activate", "forms"] as const;
/** register-form.tsx */
export const registerFormMessages = ["register", "forms", "passwordField", "provinces"] as const;
/** resend-activation-form.tsx */
export const resendActivationFormMessages = ["activate", "forms"] as const;
/** terms-form.tsx */
export const termsFormMessages = ["terms", "forms"] as const;
