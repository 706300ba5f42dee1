// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** change-email-form.tsx */
export const changeEmailFormMessages = ["credentials", "forms"] as const;
/** change-password-form.tsx */
export const changePasswordFormMessages = ["credentials", "forms", "passwordField"] as const;
/** confirm-email-form.tsx */
export const confirmEmailFormMessages = ["credentials", "forms"] as const;
/** forgot-password-form.tsx */
export const forgotPasswordFormMessages = ["forgotPassword", "forms", "credentials"] as const;
/** reset-password-form.tsx */
export const resetPasswordFormMessages = [
  "resetPassword",
  "forms",
  "passwordField",
  "credentials",
] as const;
