// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** appointment-actions.tsx: its own keys and the error texts, not the whole tab's (3.4 kB on every page with a visit to confirm). */
export const appointmentActionsMessages = [
  "appointments.actions",
  "appointments.errors",
  "forms",
] as const;
/** confirm-booking-form.tsx */
export const confirmBookingFormMessages = ["booking", "appointments.errors", "forms"] as const;
/** when-form.tsx */
export const whenFormMessages = ["booking", "forms"] as const;
