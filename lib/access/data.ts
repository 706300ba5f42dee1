import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { now, todayIn } from "@/lib/clock";
import type { Sex } from "@/lib/db/enums";
import type { Tab } from "./profile-access";

/** The ProfileAccess column that holds each tab's permission. */
const GRANT_COLUMN = {
  appointments: "canAppointments",
  messages: "canMessages",
  documents: "canDocuments",
  bills: "canBills",
} as const satisfies Record<Tab, string>;

/** A patient's details as every page that shows them reads them (the Profile tab, the clinic's patient page and edit form). */
export const profileFactsSelect = {
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  sex: true,
  primaryPhone: true,
  primaryPhoneType: true,
  secondaryPhone: true,
  secondaryPhoneType: true,
  addressLine: true,
  city: true,
  province: true,
  postalCode: true,
  language: true,
} as const;

const profileSummary = {
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  sex: true,
} as const;

function toSummary(p: {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  sex: Sex | null;
}) {
  return {
    profileId: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10),
    sex: p.sex,
  };
}

export async function findProfileSummary(profileId: string) {
  const p = await db().patientProfile.findUnique({
    where: { id: profileId },
    select: profileSummary,
  });
  return p ? toSummary(p) : null;
}

export async function findGrantsOf(accountId: string) {
  const grants = await db().profileAccess.findMany({
    where: { accountId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      canAppointments: true,
      canMessages: true,
      canDocuments: true,
      canBills: true,
      consentRecordedAt: true,
      lapsesOn: true,
      lapsedAt: true,
      revokedAt: true,
      profile: { select: profileSummary },
    },
  });
  return grants.map((g) => ({
    ...g,
    lapsesOn: g.lapsesOn ? g.lapsesOn.toISOString().slice(0, 10) : null,
    profile: { ...toSummary(g.profile), id: g.profile.id },
  }));
}

/** Records the lapse; false when another request already did. */
export async function markGrantLapsed(grantId: string): Promise<boolean> {
  const { count } = await db().profileAccess.updateMany({
    where: { id: grantId, lapsedAt: null },
    data: { lapsedAt: now() },
  });
  return count === 1;
}

/**
 * The accounts that manage a profile's `tab` and get its emails: its own
 * active account, and active accounts holding a live grant with that tab's
 * permission (not revoked, not lapsed at the age of consent).
 */
export async function findManagingAccounts(
  profileId: string,
  timeZone: string,
  client: DbClient = db(),
  tab: Tab = "appointments",
) {
  const today = new Date(`${todayIn(timeZone)}T00:00:00Z`);
  // Sequential: callers pass a transaction (reminders, cancellations), whose one
  // connection runs one query at a time.
  const own = await client.account.findMany({
    where: { profileId, status: "active" },
    select: { id: true, email: true, language: true },
  });
  const grants = await client.profileAccess.findMany({
    where: {
      profileId,
      [GRANT_COLUMN[tab]]: true,
      revokedAt: null,
      lapsedAt: null,
      account: { status: "active" },
      OR: [{ lapsesOn: null }, { lapsesOn: { gt: today } }, { consentRecordedAt: { not: null } }],
    },
    select: { account: { select: { id: true, email: true, language: true } } },
  });
  const seen = new Map<string, { id: string; email: string; language: "en" | "fr" }>();
  for (const a of [...own, ...grants.map((g) => g.account)]) seen.set(a.id, a);
  return [...seen.values()];
}

/** Whether the profile is one of the clinic's (staff act on all of them). */
export async function isClinicProfile(clinicId: string, profileId: string): Promise<boolean> {
  const profile = await db().patientProfile.findFirst({
    where: { id: profileId, clinicId },
    select: { id: true },
  });
  return profile !== null;
}
