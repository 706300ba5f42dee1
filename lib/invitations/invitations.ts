import "server-only";
// Invitations: staff invite a patient profile by email; the patient opens the
// link, types the 6-digit code from the same email and chooses a password,
// which creates their account. Only hashes of the link secret and of the code
// are stored; a newer invitation of a profile revokes the pending one; wrong
// codes are counted and the fifth voids the invitation.
import { isCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { findClinic } from "@/lib/clinic/data";
import { isUniqueViolation } from "@/lib/db/errors";
import { secretMatches } from "@/lib/tokens/secret";
import { findInvitationByLink } from "./data";
import { countWrongCode, createInvitedAccount } from "./mutations";
import { type InvitationState, invitationState } from "./rules";

/** What the invitation page shows for a link: its state and the invited address, or null for an unknown link. */
export async function inspectInvitation(secret: string) {
  if (!secret || secret.length > 200) return null;
  const row = await findInvitationByLink(secret);
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
    const row = await findInvitationByLink(secret);
    if (!row) return fail("notFound");
    seen = { invitationId: row.id, profileId: row.profile.id };
    const state = invitationState(row, at);
    if (state !== "valid") return fail(state);
    if (!secretMatches(input.code, row.codeHash)) {
      if ((await countWrongCode(row.id, at)) === "void") return fail("void");
      return fail("wrongCode");
    }
    if (row.profile.account) return fail("unavailable");
    // A common password is refused before anything is used up (AU-3).
    const clinic = await findClinic();
    if (isCommonPassword(input.password, { email: row.email, clinicName: clinic?.name }))
      return fail("commonPassword");
    const passwordHash = await hashPassword(input.password);
    try {
      const accountId = await createInvitedAccount(
        { id: row.id, email: row.email, profile: row.profile },
        passwordHash,
        at,
      );
      // Accepted a moment ago by another request.
      if (!accountId) return fail("used");
      return ok({ accountId });
    } catch (error) {
      // Email taken by another account, or the profile got an account meanwhile (both unique).
      if (isUniqueViolation(error)) return fail("unavailable");
      throw error;
    }
  }
}
