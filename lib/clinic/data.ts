import "server-only";
// The one reader of the clinic this deployment serves (one deployment, one
// clinic: the first row) and its portal settings. Requests read it through
// loadClinic (cached per request); jobs and transactions call findClinic with
// their client. It carries neither the clinic code nor the terms' texts, which
// have reads of their own where they are needed.
import { db, type DbClient } from "@/lib/db/client";

/** Who the clinic is and how to reach it: also what the admin settings form edits. */
export const clinicContactSelect = {
  id: true,
  name: true,
  phone: true,
  email: true,
  addressLine: true,
  city: true,
  province: true,
  postalCode: true,
} as const;

const clinicSelect = {
  ...clinicContactSelect,
  timeZone: true,
  languages: true,
  ageOfConsentOverride: true,
  invitationValidityDays: true,
  mandatoryRegistrationFields: true,
  termsVersion: true,
  termsPublishedAt: true,
  confirmationWindowHours: true,
  cancellationCutoffHours: true,
  minBookingNoticeHours: true,
  maxBookingHorizonDays: true,
  reminderLeadHours: true,
  emergencyBookingEnabled: true,
  messagesEnabled: true,
  documentsEnabled: true,
  billsEnabled: true,
  patientMessagesEnabled: true,
  collectsHealthCard: true,
  patientsEditContact: true,
  replyDisclaimerEn: true,
  replyDisclaimerFr: true,
  defaultReplyRule: true,
  brandColor: true,
  logoKey: true,
} as const;

/** The clinic and its settings, or null on an empty database (before first-run setup). */
export async function findClinic(client: DbClient = db()) {
  return client.clinic.findFirst({ orderBy: { createdAt: "asc" }, select: clinicSelect });
}

export type Clinic = NonNullable<Awaited<ReturnType<typeof findClinic>>>;
