import "server-only";
// What the staff's attachment screens read. Every read is scoped to the clinic
// (the profile's clinicId); callers pass a profile id proven by
// authorizeClinicProfile.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { patientSearchWhere } from "@/lib/admin/data";
import { db, type DbClient } from "@/lib/db/client";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The person whose profile is attached: what the consent rule and the emails need. */
export async function findPerson(clinicId: string, profileId: AuthorizedProfileId) {
  const p = await db().patientProfile.findFirst({
    where: { id: profileId, clinicId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      account: { select: { id: true } },
    },
  });
  return p ? { ...p, dateOfBirth: day(p.dateOfBirth)! } : null;
}

/**
 * Patient accounts of the clinic that could hold a grant to `profileId`, found
 * like the patients list finds profiles (name, date of birth, email); the
 * profile's own account is left out.
 */
export async function searchAccounts(
  clinicId: string,
  profileId: AuthorizedProfileId,
  query: string,
) {
  const rows = await db().account.findMany({
    where: {
      role: "patient",
      profile: { clinicId, id: { not: profileId }, ...patientSearchWhere(query) },
    },
    orderBy: [{ profile: { lastName: "asc" } }, { profile: { firstName: "asc" } }, { id: "asc" }],
    take: 10,
    select: {
      id: true,
      email: true,
      profile: { select: { firstName: true, lastName: true, dateOfBirth: true } },
    },
  });
  return rows.map((r) => ({
    accountId: r.id,
    email: r.email,
    name: r.profile ? `${r.profile.firstName} ${r.profile.lastName}` : r.email,
    dateOfBirth: day(r.profile?.dateOfBirth ?? null),
  }));
}

const grantFacts = {
  id: true,
  canAppointments: true,
  canMessages: true,
  canDocuments: true,
  canBills: true,
  consentRecordedAt: true,
  consentMethod: true,
  lapsesOn: true,
  lapsedAt: true,
  revokedAt: true,
  createdAt: true,
  consentRecordedBy: { select: { email: true } },
} as const;

function toFacts<G extends { lapsesOn: Date | null; consentRecordedBy: { email: string } | null }>(
  g: G,
) {
  const { consentRecordedBy, ...rest } = g;
  return {
    ...rest,
    lapsesOn: day(g.lapsesOn),
    consentRecordedBy: consentRecordedBy?.email ?? null,
  };
}

/** The accounts attached to this profile (revoked ones included: they are history). */
export async function listGrantsOnProfile(profileId: AuthorizedProfileId) {
  const rows = await db().profileAccess.findMany({
    where: { profileId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...grantFacts,
      account: {
        select: { email: true, profile: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  return rows.map(({ account, ...g }) => ({
    ...toFacts(g),
    email: account.email,
    name: account.profile ? `${account.profile.firstName} ${account.profile.lastName}` : null,
  }));
}

/** The profiles this profile's own account is attached to. */
export async function listGrantsHeldBy(profileId: AuthorizedProfileId) {
  const rows = await db().profileAccess.findMany({
    where: { account: { profileId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...grantFacts,
      profile: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  return rows.map(({ profile, ...g }) => ({
    ...toFacts(g),
    profileId: profile.id,
    name: `${profile.firstName} ${profile.lastName}`,
  }));
}

/** The account staff chose to attach a profile to, with what decides whether it may be. */
export async function findAttachTarget(accountId: string, client: DbClient = db()) {
  return client.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      role: true,
      profileId: true,
      profile: { select: { clinicId: true } },
    },
  });
}

/** Who hears of a change of this grant: its holder, and the person's own account. */
export function findAccessRecipients(grantId: string, client: DbClient = db()) {
  return client.profileAccess.findUniqueOrThrow({
    where: { id: grantId },
    select: {
      account: {
        select: {
          email: true,
          language: true,
          profile: { select: { firstName: true, lastName: true } },
        },
      },
      profile: {
        select: {
          firstName: true,
          account: { select: { email: true, language: true } },
        },
      },
    },
  });
}

/** A grant of this profile as a change needs it: its state, permissions and version. */
export function findGrantForChange(grantId: string, profileId: string, client: DbClient = db()) {
  return client.profileAccess.findFirst({
    where: { id: grantId, profileId },
    select: {
      id: true,
      accountId: true,
      canAppointments: true,
      canMessages: true,
      canDocuments: true,
      canBills: true,
      consentRecordedAt: true,
      lapsesOn: true,
      lapsedAt: true,
      revokedAt: true,
      updatedAt: true,
    },
  });
}

/** The (account, profile) pair's grant, whatever its state: the pair is unique. */
export function findGrantOfPair(accountId: string, profileId: string, client: DbClient = db()) {
  return client.profileAccess.findUnique({
    where: { accountId_profileId: { accountId, profileId } },
    select: { id: true, revokedAt: true },
  });
}
