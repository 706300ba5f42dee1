import "server-only";
// Forgotten password (request + reset through an emailed link) and password
// change from the dashboard. Both end every other session (SE-7).
import { recordAudit } from "@/lib/audit/mutations";
import { isCommonPassword } from "@/lib/auth/common-password";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loadClinic } from "@/lib/clinic/loaders";
import { clearThrottle, hitThrottle } from "@/lib/throttle/mutations";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { inspectAccountToken } from "@/lib/tokens/data";
import {
  auditRequest,
  checkCurrentPassword,
  findCredentialAccount,
  type CredentialAccount,
  type RequestInfo,
} from "./data";
import { queueForgotPasswordEmail, setPasswordFromLink, storeChangedPassword } from "./mutations";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

export type ForgotOutcome = "reset" | "activation" | "none" | "throttled";

/**
 * The answer to the visitor never depends on the outcome (AU-5): the caller
 * shows one text. Mail is only queued here (the worker sends it later), and an
 * unknown address does the same reads and a transaction of the same shape.
 * A pending account gets its activation link again instead: resetting a
 * password it never confirmed would activate nothing.
 */
export async function requestPasswordReset(
  email: string,
  info: RequestInfo,
): Promise<ForgotOutcome> {
  // Counted per address whether or not it exists, so the limit reveals nothing (AU-8).
  const { blocked } = await hitThrottle(
    throttleKey.linkEmail(email),
    THROTTLE.linkEmailsPerAddress,
  );
  const account = await findCredentialAccount({ email });
  let outcome: ForgotOutcome = "none";
  if (blocked) outcome = "throttled";
  else if (account?.status === "active") outcome = "reset";
  else if (account?.status === "pending") outcome = "activation";
  await queueForgotPasswordEmail(outcome, account);
  await recordAudit({
    actorAccountId: account?.id ?? null,
    actorRole: account?.role ?? null,
    resourceType: "account",
    resourceId: account?.id ?? null,
    action: "passwordResetRequest",
    outcome: outcome === "reset" || outcome === "activation" ? "success" : "denied",
    ...auditRequest(info),
    detail: { outcome },
  });
  return outcome;
}

/** What the reset page may show for a link: the form only when it can still be used. */
export async function resetLinkState(secret: string) {
  const { state } = await inspectAccountToken(secret, "passwordReset");
  return state;
}

type PasswordChangeFailure =
  | "invalid"
  | "expired"
  | "used"
  | "commonPassword"
  | "samePassword"
  | "wrongPassword"
  | "throttled";
type Result = ActionResult<{ accountId: string; sessionVersion: number }, PasswordChangeFailure>;

async function commonFor(account: CredentialAccount, password: string) {
  const clinic = await loadClinic();
  return isCommonPassword(password, { email: account.email, clinicName: clinic?.name });
}

/** Uses a reset link once (atomic) and sets the new password. */
export async function resetPassword(
  secret: string,
  password: string,
  info: RequestInfo,
): Promise<Result> {
  const { state, token } = await inspectAccountToken(secret, "passwordReset");
  if (!token) return fail(state === "valid" ? "invalid" : state);
  const account = await findCredentialAccount({ id: token.accountId });
  if (!account || account.status !== "active") return fail("invalid");
  if (await commonFor(account, password)) return fail("commonPassword");
  const passwordHash = await hashPassword(password);
  const stored = await setPasswordFromLink(secret, account, passwordHash);
  const result: Result = stored.ok
    ? ok({ accountId: account.id, sessionVersion: stored.data.sessionVersion })
    : fail(stored.code);
  if (result.ok) await clearThrottle(throttleKey.loginAccount(account.id));
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    subjectProfileId: account.profileId,
    resourceType: "account",
    resourceId: account.id,
    action: "passwordReset",
    outcome: result.ok ? "success" : "failure",
    ...auditRequest(info),
    detail: result.ok ? undefined : { reason: result.code },
  });
  return result;
}

/** From the dashboard: needs the current password; ends every session (the caller re-issues its own). */
export async function changePassword(
  accountId: string,
  input: { currentPassword: string; password: string },
  info: RequestInfo,
): Promise<Result> {
  const account = await findCredentialAccount({ id: accountId });
  if (!account || account.status !== "active") return fail("invalid");
  const check = await checkCurrentPassword(account, input.currentPassword, {
    ...info,
    action: "passwordChange",
  });
  if (check !== "ok") return fail(check);
  if (await verifyPassword(account.passwordHash!, input.password)) return fail("samePassword");
  if (await commonFor(account, input.password)) return fail("commonPassword");
  const passwordHash = await hashPassword(input.password);
  const sessionVersion = await storeChangedPassword(account, passwordHash);
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    subjectProfileId: account.profileId,
    resourceType: "account",
    resourceId: account.id,
    action: "passwordChange",
    ...auditRequest(info),
  });
  return ok({ accountId: account.id, sessionVersion });
}
