import "server-only";
import { portalUrl } from "@/lib/accounts/emails";
import { now } from "@/lib/clock";
import { db, type DbClient } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { hashSecret, newCode, newLinkSecret } from "@/lib/tokens/secret";
import { MAX_FAILED_CODES } from "./rules";

/** The WHERE clause of an invitation that can still be accepted. */
function usableWhere(at: Date) {
  return {
    acceptedAt: null,
    revokedAt: null,
    failedCodes: { lt: MAX_FAILED_CODES },
    expiresAt: { gt: at },
  };
}

export type InvitationInput = {
  profileId: string;
  email: string;
  createdById: string;
  validityDays: number;
  language: "en" | "fr";
  name: string;
};

/**
 * Issues an invitation for a profile and queues its email, in the caller's
 * transaction. Revokes the profile's previous pending invitation.
 */
export async function issueInvitation(tx: DbClient, input: InvitationInput) {
  const at = now();
  await tx.invitation.updateMany({
    where: { profileId: input.profileId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: at },
  });
  const secret = newLinkSecret();
  const code = newCode(6);
  const expiresAt = new Date(at.getTime() + input.validityDays * 24 * 60 * 60_000);
  const invitation = await tx.invitation.create({
    data: {
      profileId: input.profileId,
      email: input.email,
      tokenHash: hashSecret(secret),
      codeHash: hashSecret(code),
      expiresAt,
      createdById: input.createdById,
    },
    select: { id: true, expiresAt: true },
  });
  await enqueueEmail(tx, {
    to: input.email,
    locale: input.language,
    template: "patient-invitation",
    data: {
      name: input.name,
      invitationUrl: portalUrl(input.language, `/invitation/${secret}`),
      code,
      expiresAt: expiresAt.toISOString(),
    },
  });
  return invitation;
}

/** Counts a wrong code, atomically so parallel guesses cannot exceed the limit unseen. */
export async function countWrongCode(
  invitationId: string,
  at: Date,
): Promise<"wrongCode" | "void"> {
  const updated = await db().invitation.updateMany({
    where: { id: invitationId, ...usableWhere(at) },
    data: { failedCodes: { increment: 1 } },
  });
  const after = await db().invitation.findUnique({
    where: { id: invitationId },
    select: { failedCodes: true },
  });
  return updated.count === 0 || (after && after.failedCodes >= MAX_FAILED_CODES)
    ? "void"
    : "wrongCode";
}

/**
 * Marks the invitation accepted, only if still usable, and creates the active
 * account of its profile, in one transaction. Null when another acceptance
 * came first; a unique violation (address or profile taken) is thrown.
 */
export async function createInvitedAccount(
  invitation: { id: string; email: string; profile: { id: string; language: "en" | "fr" } },
  passwordHash: string,
  at: Date,
): Promise<string | null> {
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, ...usableWhere(at) },
        data: { acceptedAt: at },
      });
      if (claimed.count !== 1) throw new InvitationRace();
      const account = await tx.account.create({
        data: {
          email: invitation.email,
          passwordHash,
          status: "active",
          role: "patient",
          language: invitation.profile.language,
          passwordChangedAt: at,
          statusChangedAt: at,
          profileId: invitation.profile.id,
        },
        select: { id: true },
      });
      return account.id;
    });
  } catch (error) {
    if (error instanceof InvitationRace) return null;
    throw error;
  }
}

/** Thrown inside the transaction so that it rolls back. */
class InvitationRace extends Error {}
