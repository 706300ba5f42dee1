import "server-only";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import type { Sex } from "@/lib/db/enums";

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
