import "server-only";
// What the staff pages read: counts, patients as staff see them, staff
// accounts, the clinic's settings. Callers check the staff role first
// (guard.ts allow()).
import { profileFactsSelect } from "@/lib/access/data";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { clinicContactSelect } from "@/lib/clinic/data";
import { db, type DbClient, type Prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { ProfileValues } from "./profile-changes";
import { LAPSING_WITHIN_DAYS, lapsingGrantsWhere } from "@/lib/profile-access/rules";
import type { LocalDate } from "@/lib/time/zoned";

/** Counts for the staff overview; no patient data. */
export async function countOverview(at: Date) {
  const [patients, practitioners, sites, upcoming] = await Promise.all([
    db().patientProfile.count(),
    db().practitioner.count({ where: { active: true } }),
    db().site.count({ where: { active: true } }),
    db().appointment.count({
      where: { startsAt: { gte: at }, status: { in: ["booked", "confirmed"] } },
    }),
  ]);
  return { patients, practitioners, sites, upcoming };
}

/** What invitationState needs of an invitation. */
const invitationSelect = {
  acceptedAt: true,
  revokedAt: true,
  expiresAt: true,
  failedCodes: true,
} as const;

/** A date of birth (YYYY-MM-DD), or up to four words each in a name or an address. */
export function patientSearchWhere(query: string) {
  const q = query.trim();
  if (!q) return {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(q) && !Number.isNaN(Date.parse(`${q}T00:00:00Z`)))
    return { dateOfBirth: new Date(`${q}T00:00:00Z`) };
  const words = q.split(/\s+/).slice(0, 4).map(likeLiteral);
  return {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
        { account: { email: { contains: word.toLowerCase() } } },
        { invitations: { some: { email: { contains: word.toLowerCase() }, revokedAt: null } } },
      ],
    })),
  };
}

/** The search, narrowed to profiles whose attached access lapses soon when `lapsingAfter` (the clinic's date) is given. */
function patientListWhere(query: string, lapsingAfter?: LocalDate) {
  return {
    ...patientSearchWhere(query),
    ...(lapsingAfter ? lapsingGrantsWhere(lapsingAfter, LAPSING_WITHIN_DAYS) : {}),
  };
}

export function countPatients(query: string, lapsingAfter?: LocalDate, client: DbClient = db()) {
  return client.patientProfile.count({ where: patientListWhere(query, lapsingAfter) });
}

/** One page of the patient search, list fields only. */
export function listPatientRows(
  query: string,
  page: number,
  pageSize: number,
  lapsingAfter?: LocalDate,
  client: DbClient = db(),
) {
  return client.patientProfile.findMany({
    where: patientListWhere(query, lapsingAfter),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      sex: true,
      account: { select: { email: true, status: true } },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, ...invitationSelect },
      },
    },
  });
}

/** One profile as staff need it to invite or help: identity, contact, account and latest invitations. */
export function findPatientForStaff(profileId: string) {
  return db().patientProfile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      ...profileFactsSelect,
      healthCardNumber: true,
      account: { select: { id: true, email: true, status: true, lastLoginAt: true } },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, email: true, createdAt: true, ...invitationSelect },
      },
    },
  });
}

/** The name heading a patient's record, on every tab. */
export function findPatientName(profileId: string) {
  return db().patientProfile.findUnique({
    where: { id: profileId },
    select: { firstName: true, lastName: true },
  });
}

/** What an invitation email of this profile needs, and whether it has an account already. */
export function findProfileToInvite(profileId: string) {
  return db().patientProfile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      language: true,
      account: { select: { id: true } },
      clinic: { select: { invitationValidityDays: true } },
    },
  });
}

export function findInvitationSubject(invitationId: string) {
  return db().invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, profileId: true },
  });
}

/** The patient account of a profile, with the name its emails greet. */
export function findPatientAccount(profileId: string) {
  return db().account.findFirst({
    where: { profileId, role: "patient" },
    select: {
      id: true,
      email: true,
      status: true,
      language: true,
      profile: { select: { firstName: true, lastName: true } },
    },
  });
}

/** Staff and admin accounts; whether each has a password, never the hash. */
export async function listStaffAccounts() {
  const rows = await db().account.findMany({
    where: { role: { in: ["staff", "admin"] } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      lastLoginAt: true,
      passwordHash: true,
    },
  });
  return rows.map(({ passwordHash, ...row }) => ({ ...row, hasPassword: passwordHash !== null }));
}

export function findStaffAccount(accountId: string) {
  return db().account.findFirst({
    where: { id: accountId, role: { in: ["staff", "admin"] } },
    select: { id: true, email: true, role: true, status: true, language: true },
  });
}

/** What the admin settings form edits, terms' texts included. */
export function findClinicSettings() {
  return db().clinic.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      ...clinicContactSelect,
      ageOfConsentOverride: true,
      mandatoryRegistrationFields: true,
      invitationValidityDays: true,
      termsEn: true,
      termsFr: true,
      termsVersion: true,
      termsPublishedAt: true,
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
    },
  });
}

/** A profile's details as the edit form shows them, and when they were last saved. */
export const editableProfileSelect = {
  ...profileFactsSelect,
  healthCardNumber: true,
  updatedAt: true,
} as const;

type EditableRow = Prisma.PatientProfileGetPayload<{ select: typeof editableProfileSelect }>;

/** The row as text values (the date of birth as YYYY-MM-DD), the form's and the audit's format. */
export function profileValuesOf({ updatedAt, dateOfBirth, ...row }: EditableRow): {
  updatedAt: Date;
  values: ProfileValues;
} {
  return { updatedAt, values: { ...row, dateOfBirth: dateOfBirth.toISOString().slice(0, 10) } };
}

export async function findProfileToEdit(profileId: AuthorizedProfileId, client: DbClient = db()) {
  const row = await client.patientProfile.findUnique({
    where: { id: profileId },
    select: editableProfileSelect,
  });
  return row && profileValuesOf(row);
}
