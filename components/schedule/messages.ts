// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** appointment-actions.tsx */
export const appointmentActionsMessages = ["adminBook", "forms"] as const;
/** availability-forms.tsx */
export const availabilityFormsMessages = ["adminAvailability", "forms"] as const;
/** scheduling-settings-form.tsx */
export const schedulingSettingsFormMessages = ["adminScheduling", "forms"] as const;
/** staff-booking-form.tsx */
export const staffBookingFormMessages = ["adminBook", "forms"] as const;
/** week-editor.tsx */
export const weekEditorMessages = ["adminAvailability", "forms"] as const;
