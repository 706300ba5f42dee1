import "server-only";
// Confirm and Cancel links of the reminder emails (SECURITY.md AU-18, AU-19).
// A token is 256 bits from the CSPRNG; only its SHA-256 is stored. It is bound
// to ONE appointment, ONE action and the account it was emailed to, works
// once, and dies with the appointment: it expires at the visit's start, and
// is refused once the appointment is cancelled, completed or past (cancelling
// also sets the open tokens' expiresAt, in lib/appointments/mutations.ts).
// A GET only inspects; only the page's form POST uses it (actOnAppointmentLink).
import { authorizeLinkHolder, type AuthorizedProfileId } from "@/lib/access/profile-access";
import { fail, type ActionResult } from "@/lib/actions/result";
import { now } from "@/lib/clock";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import { findLinkToken } from "./data";
import type { LinkAction } from "./notify";
import {
  type Actor,
  cancelAppointmentAsPatient,
  confirmAppointment,
  releaseLinkToken,
  takeLinkToken,
} from "./mutations";
import { cancelDecision, confirmDecision } from "./rules";

/** Why a link does not work: used once already, past its time, its appointment cancelled, or unknown. */
export type LinkState = "valid" | "used" | "expired" | "cancelled" | "invalid";

/** A raw token as it may appear in a URL: anything else is not looked up. */
function plausible(secret: string): boolean {
  return /^[A-Za-z0-9_-]{32,128}$/.test(secret);
}

/**
 * Looks a link up without using it (the GET of the emailed link). The token's
 * account must still manage the profile: a revoked proxy's links stop working.
 */
export async function inspectAppointmentLink(secret: string) {
  const at = now();
  const token = plausible(secret) ? await findLinkToken(secret) : null;
  let state: LinkState = "valid";
  let profileId: AuthorizedProfileId | null = null;
  if (!token || token.account.status !== "active") state = "invalid";
  else if (token.usedAt) state = "used";
  else if (token.appointment.status === "cancelled") state = "cancelled";
  else if (
    !["booked", "confirmed"].includes(token.appointment.status) ||
    token.appointment.startsAt.getTime() <= at.getTime() ||
    token.expiresAt.getTime() <= at.getTime()
  )
    state = "expired";
  else {
    const { timeZone } = await findSchedulingSettings();
    profileId = await authorizeLinkHolder(token.accountId, token.appointment.profileId, timeZone);
    if (!profileId) state = "invalid";
  }
  return state === "valid" && token && profileId
    ? { state, token, profileId }
    : { state, token: null, profileId: null };
}

/**
 * Uses a link (the page's POST): confirms or cancels the link's own
 * appointment as the account it was emailed to, via "email", under the
 * clinic's rules. Codes: the link's state (used, expired, cancelled,
 * invalid) or the rule's (notYet, alreadyConfirmed, pastCutoff, notActive,
 * past).
 *
 * The token is taken by ONE conditional UPDATE (unused, unexpired, its
 * appointment still active and ahead): of two concurrent uses, one wins and
 * the other reads "used". The change itself then runs through the portal's
 * own mutation (its transaction, audit and emails). The two are not one
 * transaction because the embedded database's adapter has no savepoints; so
 * a change the rules refuse (the window not open yet, a race with the portal)
 * gives the token back, and the link still works when the window opens.
 */
export async function actOnAppointmentLink(
  secret: string,
  action: LinkAction,
  request: { ip?: string | null; userAgent?: string | null; requestId?: string | null } = {},
): Promise<ActionResult> {
  const { state, token, profileId } = await inspectAppointmentLink(secret);
  if (!token) return fail(state);
  // A confirm link never cancels, and the reverse.
  if (token.action !== action) return fail("invalid");

  // The rules first: a refusal explained on the page should not use the link up.
  const at = now();
  const settings = await findSchedulingSettings();
  const decision =
    action === "confirm"
      ? confirmDecision(token.appointment, settings, at)
      : cancelDecision(token.appointment, settings, at);
  if (!decision.allowed) return fail(decision.reason);

  const taken = await takeLinkToken(token.id, action, at);
  if (!taken) {
    // Someone used it a moment ago (a second click, a second tab), or it just died.
    const again = await inspectAppointmentLink(secret);
    return fail(again.state === "valid" ? "used" : again.state);
  }

  const actor: Actor = { accountId: token.account.id, role: token.account.role, ...request };
  // The token IS the authorization: it was issued to an account that still
  // manages this profile (authorizeLinkHolder, above), for this appointment only.
  let result: ActionResult;
  try {
    result =
      action === "confirm"
        ? await confirmAppointment(token.appointmentId, profileId, actor, "email")
        : await cancelAppointmentAsPatient(token.appointmentId, profileId, actor, "email");
  } catch (error) {
    await releaseLinkToken(token.id, at);
    throw error;
  }
  if (!result.ok) await releaseLinkToken(token.id, at);
  return result;
}
