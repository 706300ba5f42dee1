import "server-only";
// Changing the login email (AU-16): the current password, then a code sent to
// the OLD address and a link sent to the NEW one. The address changes only
// when the link's page receives the right code, from the same signed-in account.
import { portalUrl } from "@/lib/accounts/emails";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { clearThrottle, hitThrottle } from "@/lib/throttle/mutations";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import {
  consumeAccountToken,
  issueAccountToken,
  TOKEN_LIFETIME_MINUTES,
  voidAccountTokens,
} from "@/lib/tokens/account-tokens";
import { inspectAccountToken } from "@/lib/tokens/data";
import { hashSecret, newCode, secretMatches } from "@/lib/tokens/secret";
import {
  auditRequest,
  checkCurrentPassword,
  findCredentialAccount,
  type RequestInfo,
} from "./data";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

type EmailChangeData = { newEmail: string; codeHash: string };

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
  const account = await findCredentialAccount(db(), { id: accountId });
  if (!account || account.status !== "active") return fail("invalid");
  const check = await checkCurrentPassword(account, input.currentPassword, {
    ...info,
    action: "emailChangeRequest",
  });
  if (check !== "ok") return fail(check);
  if (input.email === account.email) return fail("sameEmail");
  // One generic refusal: the form says "this address cannot be used", not whose it is.
  if (await db().account.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return fail("emailUnavailable");
  }
  if (
    (await hitThrottle(throttleKey.linkEmail(input.email), THROTTLE.linkEmailsPerAddress)).blocked
  ) {
    return fail("throttled");
  }
  const code = newCode(6);
  const minutes = TOKEN_LIFETIME_MINUTES.emailChange;
  await db().$transaction(async (tx) => {
    const { secret } = await issueAccountToken(tx, {
      accountId: account.id,
      purpose: "emailChange",
      data: { newEmail: input.email, codeHash: hashSecret(code) } satisfies EmailChangeData,
    });
    await enqueueEmail(tx, {
      to: account.email,
      locale: account.language,
      template: "email-change-code",
      data: { name: account.name, code, expiresInMinutes: minutes },
    });
    await enqueueEmail(tx, {
      to: input.email,
      locale: account.language,
      template: "email-change-link",
      data: {
        name: account.name,
        confirmUrl: portalUrl(
          account.language,
          `${account.role === "patient" ? "" : "/admin"}/account/email/confirm/${secret}`,
        ),
        expiresInMinutes: minutes,
      },
    });
  });
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
  const account = await findCredentialAccount(db(), { id: accountId });
  if (!account || account.status !== "active") return fail("invalid");
  const audit = (outcome: "success" | "failure", detail?: Record<string, string>) =>
    recordAudit({
      actorAccountId: account.id,
      actorRole: account.role,
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
      await db().accountToken.updateMany({
        where: { id: token.id, usedAt: null, voidedAt: null },
        data: { voidedAt: now() },
      });
      await audit("failure", { reason: "codeLocked" });
      return fail("codeLocked");
    }
    await audit("failure", { reason: "wrongCode" });
    return fail("wrongCode");
  }

  const oldEmail = account.email;
  const changedAt = now();
  let result: ConfirmEmailChangeResult;
  try {
    result = await db().$transaction(async (tx): Promise<ConfirmEmailChangeResult> => {
      const used = await consumeAccountToken(tx, input.token, "emailChange");
      if (!used.ok) return fail(used.code);
      // Checked again now: the address may have been taken since the request.
      // (A concurrent taker still fails on the unique index, caught below.)
      if (await tx.account.findUnique({ where: { email: data.newEmail }, select: { id: true } })) {
        throw new EmailTaken();
      }
      const updated = await tx.account.update({
        where: { id: account.id },
        data: { email: data.newEmail, sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      // Links sent to the old address (reset, older changes) die with it.
      await voidAccountTokens(tx, account.id, ["passwordReset", "emailChange"]);
      for (const to of [oldEmail, data.newEmail]) {
        await enqueueEmail(tx, {
          to,
          locale: account.language,
          template: "email-changed",
          data: {
            name: account.name,
            newEmail: data.newEmail,
            changedAt: changedAt.toISOString(),
            loginUrl: portalUrl(account.language, "/login"),
          },
        });
      }
      return ok({ sessionVersion: updated.sessionVersion, newEmail: data.newEmail });
    });
  } catch (error) {
    if (error instanceof EmailTaken || isUniqueViolation(error)) result = fail("emailUnavailable");
    else throw error;
  }
  if (result.ok) await clearThrottle(codeKey(token.id));
  await audit(result.ok ? "success" : "failure", result.ok ? undefined : { reason: result.code });
  return result;
}

/** Thrown inside the transaction so that it rolls back (the token stays usable). */
class EmailTaken extends Error {}
