import "server-only";
// Changing the login email (AU-16): the current password, then a code sent to
// the OLD address and a link sent to the NEW one. The address changes only
// when the link's page receives the right code, from the same signed-in account.
import { recordAudit } from "@/lib/audit/mutations";
import { clearThrottle, hitThrottle } from "@/lib/throttle/mutations";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { inspectAccountToken } from "@/lib/tokens/data";
import { findAccountByEmail } from "@/lib/registration/data";
import { secretMatches } from "@/lib/tokens/secret";
import {
  auditRequest,
  checkCurrentPassword,
  findCredentialAccount,
  type RequestInfo,
} from "./data";
import {
  applyEmailChange,
  type EmailChangeData,
  queueEmailChange,
  voidEmailChangeRequest,
} from "./mutations";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

const codeKey = (tokenId: string) => `code:emailChange:${tokenId}`;

function changeData(value: unknown): EmailChangeData | null {
  if (!value || typeof value !== "object") return null;
  const { newEmail, codeHash } = value as Record<string, unknown>;
  return typeof newEmail === "string" && typeof codeHash === "string"
    ? { newEmail, codeHash }
    : null;
}

export type RequestEmailChangeResult = ActionResult<
  undefined,
  "invalid" | "wrongPassword" | "throttled" | "sameEmail" | "emailUnavailable"
>;

/** Step 1: issues the token (voiding any older request) and queues the two emails. */
export async function requestEmailChange(
  accountId: string,
  input: { currentPassword: string; email: string },
  info: RequestInfo,
): Promise<RequestEmailChangeResult> {
  const account = await findCredentialAccount({ id: accountId });
  if (!account || account.status !== "active") return fail("invalid");
  const check = await checkCurrentPassword(account, input.currentPassword, {
    ...info,
    action: "emailChangeRequest",
  });
  if (check !== "ok") return fail(check);
  if (input.email === account.email) return fail("sameEmail");
  // One generic refusal: the form says "this address cannot be used", not whose it is.
  if (await findAccountByEmail(input.email)) {
    return fail("emailUnavailable");
  }
  if (
    (await hitThrottle(throttleKey.linkEmail(input.email), THROTTLE.linkEmailsPerAddress)).blocked
  ) {
    return fail("throttled");
  }
  await queueEmailChange(account, input.email);
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    resourceType: "account",
    resourceId: account.id,
    action: "emailChangeRequest",
    ...auditRequest(info),
  });
  return ok();
}

/** What the confirmation page may show: the form only for a usable link of this very account. */
export async function emailChangeLinkState(accountId: string, secret: string) {
  const { state, token } = await inspectAccountToken(secret, "emailChange");
  if (!token) return { state, newEmail: null };
  const data = changeData(token.data);
  // Another account's link answers like an unknown one.
  if (token.accountId !== accountId || !data) return { state: "invalid" as const, newEmail: null };
  return { state, newEmail: data.newEmail };
}

export type ConfirmEmailChangeResult = ActionResult<
  { sessionVersion: number; newEmail: string },
  "invalid" | "expired" | "used" | "wrongCode" | "codeLocked" | "emailUnavailable"
>;

/** Step 2: the code from the old mailbox, on the page behind the new mailbox's link. */
export async function confirmEmailChange(
  accountId: string,
  input: { token: string; code: string },
  info: RequestInfo,
): Promise<ConfirmEmailChangeResult> {
  const { state, token } = await inspectAccountToken(input.token, "emailChange");
  if (!token) return fail(state === "valid" ? "invalid" : state);
  const data = changeData(token.data);
  if (token.accountId !== accountId || !data) return fail("invalid");
  const account = await findCredentialAccount({ id: accountId });
  if (!account || account.status !== "active") return fail("invalid");
  const audit = (outcome: "success" | "failure", detail?: Record<string, string>) =>
    recordAudit({
      actorAccountId: account.id,
      actorRole: account.role,
      subjectProfileId: account.profileId,
      resourceType: "account",
      resourceId: account.id,
      action: "emailChangeConfirm",
      outcome,
      ...auditRequest(info),
      detail,
    });

  if (!secretMatches(input.code, data.codeHash)) {
    const { count } = await hitThrottle(codeKey(token.id), THROTTLE.codeAttempts);
    // The last allowed wrong guess kills the request: 5 guesses of 10^6.
    if (count >= THROTTLE.codeAttempts.limit) {
      await voidEmailChangeRequest(token.id);
      await audit("failure", { reason: "codeLocked" });
      return fail("codeLocked");
    }
    await audit("failure", { reason: "wrongCode" });
    return fail("wrongCode");
  }

  const result: ConfirmEmailChangeResult = await applyEmailChange(
    input.token,
    account,
    data.newEmail,
  );
  if (result.ok) await clearThrottle(codeKey(token.id));
  await audit(result.ok ? "success" : "failure", result.ok ? undefined : { reason: result.code });
  return result;
}
