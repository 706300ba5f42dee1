// The outbox stores a template name and its data as JSON; this registry is the
// one place that knows, for each name, how to validate that data (at enqueue
// AND again at send: a row may outlive a deploy that changed the schema), how
// to title it and how to render it.
import type { ReactElement } from "react";
import type { z } from "zod";
import {
  AccountActivationEmail,
  accountActivationSchema,
  accountActivationSubject,
} from "./account-activation";
import {
  AppointmentBookedEmail,
  appointmentBookedAttachments,
  appointmentBookedSchema,
  appointmentBookedSubject,
} from "./appointment-booked";
import {
  AppointmentCancelledEmail,
  appointmentCancelledAttachments,
  appointmentCancelledSchema,
  appointmentCancelledSubject,
} from "./appointment-cancelled";
import {
  AppointmentReminderEmail,
  appointmentReminderAttachments,
  appointmentReminderSchema,
  appointmentReminderSubject,
} from "./appointment-reminder";
import {
  CommunicationSharedEmail,
  communicationSharedSchema,
  communicationSharedSubject,
} from "./communication-shared";
import {
  EmailChangeCodeEmail,
  emailChangeCodeSchema,
  emailChangeCodeSubject,
} from "./email-change-code";
import {
  EmailChangeLinkEmail,
  emailChangeLinkSchema,
  emailChangeLinkSubject,
} from "./email-change-link";
import { EmailChangedEmail, emailChangedSchema, emailChangedSubject } from "./email-changed";
import {
  ExistingAccountEmail,
  existingAccountSchema,
  existingAccountSubject,
} from "./existing-account";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  PasswordChangedEmail,
  passwordChangedSchema,
  passwordChangedSubject,
} from "./password-changed";
import { PasswordResetEmail, passwordResetSchema, passwordResetSubject } from "./password-reset";
import {
  PatientInvitationEmail,
  patientInvitationSchema,
  patientInvitationSubject,
} from "./patient-invitation";
import {
  ProfileAccessChangedEmail,
  profileAccessChangedSchema,
  profileAccessChangedSubject,
} from "./profile-access-changed";
import { StaffWelcomeEmail, staffWelcomeSchema, staffWelcomeSubject } from "./staff-welcome";

type Definition<S extends z.ZodObject> = {
  schema: S;
  component: (props: EmailProps<z.infer<S>>) => ReactElement;
  subject: (t: EmailTranslator, data: z.infer<S>, locale: AppLocale, brand: EmailBrand) => string;
  /**
   * Fields that carry a secret (a token in a link). Once the email is
   * delivered (or given up), the outbox keeps them blanked: the database then
   * holds only the token's hash (AU-9..15).
   */
  secretFields: readonly (keyof z.infer<S> & string)[];
  /**
   * Files sent with the email (e.g. an appointment's .ics), built at SEND time
   * from the validated payload, so the outbox stores data, not files. Never
   * put a secret field in one: attachments are kept in the mailbox as sent.
   */
  attachments?: (data: z.infer<S>, locale: AppLocale, brand: EmailBrand) => EmailAttachment[];
};

/** A text file attached to an email. */
export type EmailAttachment = { filename: string; contentType: string; content: string };

function define<S extends z.ZodObject>(definition: Definition<S>): Definition<S> {
  return definition;
}

export const emailTemplates = {
  "account-activation": define({
    schema: accountActivationSchema,
    component: AccountActivationEmail,
    subject: accountActivationSubject,
    secretFields: ["activationUrl"],
  }),
  "password-reset": define({
    schema: passwordResetSchema,
    component: PasswordResetEmail,
    subject: passwordResetSubject,
    secretFields: ["resetUrl"],
  }),
  "staff-welcome": define({
    schema: staffWelcomeSchema,
    component: StaffWelcomeEmail,
    subject: staffWelcomeSubject,
    secretFields: ["setPasswordUrl"],
  }),
  "password-changed": define({
    schema: passwordChangedSchema,
    component: PasswordChangedEmail,
    subject: passwordChangedSubject,
    secretFields: [],
  }),
  "existing-account": define({
    schema: existingAccountSchema,
    component: ExistingAccountEmail,
    subject: existingAccountSubject,
    secretFields: [],
  }),
  "email-change-code": define({
    schema: emailChangeCodeSchema,
    component: EmailChangeCodeEmail,
    subject: emailChangeCodeSubject,
    secretFields: ["code"],
  }),
  "email-change-link": define({
    schema: emailChangeLinkSchema,
    component: EmailChangeLinkEmail,
    subject: emailChangeLinkSubject,
    secretFields: ["confirmUrl"],
  }),
  "email-changed": define({
    schema: emailChangedSchema,
    component: EmailChangedEmail,
    subject: emailChangedSubject,
    secretFields: [],
  }),
  "patient-invitation": define({
    schema: patientInvitationSchema,
    component: PatientInvitationEmail,
    subject: patientInvitationSubject,
    secretFields: ["invitationUrl", "code"],
  }),
  "appointment-booked": define({
    schema: appointmentBookedSchema,
    component: AppointmentBookedEmail,
    subject: appointmentBookedSubject,
    secretFields: [],
    attachments: appointmentBookedAttachments,
  }),
  "appointment-cancelled": define({
    schema: appointmentCancelledSchema,
    component: AppointmentCancelledEmail,
    subject: appointmentCancelledSubject,
    secretFields: [],
    attachments: appointmentCancelledAttachments,
  }),
  "appointment-reminder": define({
    schema: appointmentReminderSchema,
    component: AppointmentReminderEmail,
    subject: appointmentReminderSubject,
    secretFields: ["confirmUrl", "cancelUrl"],
    attachments: appointmentReminderAttachments,
  }),
  "communication-shared": define({
    schema: communicationSharedSchema,
    component: CommunicationSharedEmail,
    subject: communicationSharedSubject,
    secretFields: [],
  }),
  "profile-access-changed": define({
    schema: profileAccessChangedSchema,
    component: ProfileAccessChangedEmail,
    subject: profileAccessChangedSubject,
    secretFields: [],
  }),
};

export type EmailTemplate = keyof typeof emailTemplates;
/** What a caller passes for a template (before validation). */
export type EmailData<T extends EmailTemplate> = z.input<(typeof emailTemplates)[T]["schema"]>;

export function isEmailTemplate(name: string): name is EmailTemplate {
  return Object.hasOwn(emailTemplates, name);
}

/** The payload with its secret fields replaced, for rows that will never be sent again. */
export function redactPayload(template: EmailTemplate, payload: unknown): Record<string, unknown> {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return {};
  const copy: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const field of emailTemplates[template].secretFields) {
    if (field in copy) copy[field] = "[redacted]";
  }
  return copy;
}
