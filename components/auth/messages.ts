// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** login-form.tsx */
export const loginFormMessages = ["login"] as const;
