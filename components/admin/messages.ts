// The message namespaces each client component of this folder translates with,
// for the <ClientMessages> around it (components/i18n/client-messages.tsx): kept
// out of the "use client" files, whose exports are only references on the server.

/** add-staff-form.tsx */
export const addStaffFormMessages = ["adminStaff", "forms"] as const;
/** clinic-setup-form.tsx */
export const clinicSetupFormMessages = [
  "adminSetup",
  "forms",
  "adminSettings",
  "provinces",
] as const;
/** create-patient-form.tsx */
export const createPatientFormMessages = ["adminPatients", "forms", "provinces"] as const;
/** inline-action.tsx */
export const inlineActionMessages = ["forms"] as const;
/** send-invitation-form.tsx */
export const sendInvitationFormMessages = ["adminPatients", "forms"] as const;
/** brand-form.tsx */
export const brandFormMessages = ["adminSettings", "forms"] as const;
/** settings-form.tsx */
export const settingsFormMessages = ["adminSettings", "forms", "provinces"] as const;
/** thread-reply-form.tsx */
export const threadReplyFormMessages = ["adminInbox", "forms"] as const;
/** withdraw-form.tsx */
export const withdrawFormMessages = ["adminInbox", "forms"] as const;
/** edit-patient-form.tsx (with profile-fields.tsx) */
export const editPatientFormMessages = [
  "adminPatientEdit",
  "adminPatients",
  "forms",
  "provinces",
] as const;
