// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx).

/** what-next.tsx */
export const whatNextMessages = ["errors"] as const;
