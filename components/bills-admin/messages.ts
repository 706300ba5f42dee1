// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx).

/** bill-form.tsx */
export const billFormMessages = ["adminBills", "forms"] as const;

/** bill-status-actions.tsx */
export const billStatusActionsMessages = ["adminBills", "forms"] as const;

/** clinic-taxes-form.tsx */
export const clinicTaxesFormMessages = ["adminBills", "forms"] as const;
