// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** appointment-actions.tsx */
export const appointmentActionsMessages = ["appointments", "forms"] as const;
/** confirm-booking-form.tsx */
export const confirmBookingFormMessages = ["booking", "appointments", "forms"] as const;
/** when-form.tsx */
export const whenFormMessages = ["booking", "forms"] as const;
