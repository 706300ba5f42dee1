import "server-only";
// Invitations: staff invite a patient profile by email; the patient opens the
// link, types the 6-digit code from the same email and chooses a password,
// which creates their account. Only hashes of the link secret and of the code
// are stored; a newer invitation of a profile revokes the pending one; wrong
// codes are counted and the fifth voids the invitation.
import { portalUrl } from "@/lib/accounts/emails";
import { isCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { db, type DbClient } from "@/lib/db/client";
import { findClinic } from "@/lib/clinic/data";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { hashSecret, newCode, newLinkSecret, secretMatches } from "@/lib/tokens/secret";

/** Wrong codes allowed before the invitation is void. */
export const MAX_FAILED_CODES = 5;

export type InvitationState = "valid" | "expired" | "revoked" | "used" | "void";

type InvitationRow = {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
  failedCodes: number;
};

export function invitationState(row: InvitationRow, at: Date = now()): InvitationState {
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.failedCodes >= MAX_FAILED_CODES) return "void";
  if (row.expiresAt.getTime() <= at.getTime()) return "expired";
  return "valid";
}

/** The WHERE clause of an invitation that can still be accepted. */
function usableWhere(at: Date) {
  return {
    acceptedAt: null,
    revokedAt: null,
    failedCodes: { lt: MAX_FAILED_CODES },
    expiresAt: { gt: at },
  };
}

/**
 * Issues an invitation for a profile and queues its email, in the caller's
 * transaction. Revokes the profile's previous pending invitation.
 */
export async function issueInvitation(
  tx: DbClient,
  input: {
    profileId: string;
    email: string;
    createdById: string;
    validityDays: number;
    language: "en" | "fr";
    name: string;
  },
) {
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

/** What the invitation page shows for a link: its state and the invited address, or null for an unknown link. */
export async function inspectInvitation(secret: string) {
  if (!secret || secret.length > 200) return null;
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      email: true,
      profileId: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      failedCodes: true,
    },
  });
  if (!row) return null;
  return { id: row.id, email: row.email, profileId: row.profileId, state: invitationState(row) };
}

type AcceptFailure = "notFound" | InvitationState | "wrongCode" | "unavailable" | "commonPassword";

/**
 * Accepts an invitation: checks the code (counting failures), then, in one
 * transaction, marks the invitation accepted (only if still usable: a second
 * acceptance finds nothing) and creates the active account of the profile.
 * "unavailable" covers both "the profile already has an account" and "the
 * email belongs to another account", with the same answer. Every attempt is
 * audited, with the invitation and profile once they are known.
 */
export async function acceptInvitation(
  secret: string,
  input: { code: string; password: string },
  req: { ip?: string | null; userAgent?: string | null; requestId?: string | null } = {},
): Promise<ActionResult<{ accountId: string }, AcceptFailure>> {
  const at = now();
  let seen = null as { invitationId: string; profileId: string } | null;
  const result = await accept();
  await recordAudit({
    actorAccountId: result.ok ? result.data.accountId : null,
    actorRole: result.ok ? "patient" : null,
    subjectProfileId: seen?.profileId ?? null,
    resourceType: "invitation",
    resourceId: seen?.invitationId ?? null,
    action: "invitation.accept",
    outcome: result.ok ? "success" : "failure",
    ip: req.ip,
    userAgent: req.userAgent,
    requestId: req.requestId,
    detail: result.ok ? undefined : { reason: result.code },
  });
  return result;

  async function accept(): Promise<ActionResult<{ accountId: string }, AcceptFailure>> {
    const row = await db().invitation.findUnique({
      where: { tokenHash: hashSecret(secret) },
      select: {
        id: true,
        email: true,
        codeHash: true,
        acceptedAt: true,
        revokedAt: true,
        expiresAt: true,
        failedCodes: true,
        profile: { select: { id: true, language: true, account: { select: { id: true } } } },
      },
    });
    if (!row) return fail("notFound");
    seen = { invitationId: row.id, profileId: row.profile.id };
    const state = invitationState(row, at);
    if (state !== "valid") return fail(state);
    if (!secretMatches(input.code, row.codeHash)) {
      // Counted atomically, so parallel guesses cannot exceed the limit unseen.
      const updated = await db().invitation.updateMany({
        where: { id: row.id, ...usableWhere(at) },
        data: { failedCodes: { increment: 1 } },
      });
      const after = await db().invitation.findUnique({
        where: { id: row.id },
        select: { failedCodes: true },
      });
      if (updated.count === 0 || (after && after.failedCodes >= MAX_FAILED_CODES))
        return fail("void");
      return fail("wrongCode");
    }
    if (row.profile.account) return fail("unavailable");
    // A common password is refused before anything is used up (AU-3).
    const clinic = await findClinic();
    if (isCommonPassword(input.password, { email: row.email, clinicName: clinic?.name }))
      return fail("commonPassword");
    const passwordHash = await hashPassword(input.password);
    try {
      const accountId = await db().$transaction(async (tx) => {
        const claimed = await tx.invitation.updateMany({
          where: { id: row.id, ...usableWhere(at) },
          data: { acceptedAt: at },
        });
        if (claimed.count !== 1) throw new InvitationRace();
        const account = await tx.account.create({
          data: {
            email: row.email,
            passwordHash,
            status: "active",
            role: "patient",
            language: row.profile.language,
            passwordChangedAt: at,
            statusChangedAt: at,
            profileId: row.profile.id,
          },
          select: { id: true },
        });
        return account.id;
      });
      return ok({ accountId });
    } catch (error) {
      if (error instanceof InvitationRace) return fail("used");
      // Email taken by another account, or the profile got an account meanwhile (both unique).
      if (isUniqueViolation(error)) return fail("unavailable");
      throw error;
    }
  }
}

class InvitationRace extends Error {}
