import "server-only";
// The credential flows' writes. Each change commits with the emails it
// queues and the links it voids, so a rolled back change sends nothing.
import { portalUrl, sendActivationEmail, sendPasswordResetEmail } from "@/lib/accounts/emails";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { now } from "@/lib/clock";
import { db, type DbClient } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  consumeAccountToken,
  issueAccountToken,
  TOKEN_LIFETIME_MINUTES,
  voidAccountTokens,
} from "@/lib/tokens/account-tokens";
import { hashSecret, newCode } from "@/lib/tokens/secret";
import type { CredentialAccount } from "./data";
import type { ForgotOutcome } from "./password";

type LinkFailure = "invalid" | "expired" | "used";

/**
 * Queues the forgot-password answer: a reset link to an active account, the
 * activation link again to a pending one. Otherwise a statement of the same
 * shape on no row, so an unknown address takes as long (AU-5).
 */
export async function queueForgotPasswordEmail(
  outcome: ForgotOutcome,
  account: CredentialAccount | null,
): Promise<void> {
  await db().$transaction(async (tx) => {
    if (outcome === "reset") await sendPasswordResetEmail(tx, account!);
    else if (outcome === "activation") await sendActivationEmail(tx, account!);
    // Same statement shape as voiding older tokens, on no row.
    else
      await tx.accountToken.updateMany({
        where: { accountId: "", usedAt: null, voidedAt: null },
        data: { voidedAt: now() },
      });
  });
}

/** Sets the new password, ends every session, voids open links, tells the owner. */
async function storeNewPassword(tx: DbClient, account: CredentialAccount, passwordHash: string) {
  const changedAt = now();
  const updated = await tx.account.update({
    where: { id: account.id },
    data: { passwordHash, passwordChangedAt: changedAt, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  // A reset link still in a mailbox must not undo this change.
  await voidAccountTokens(tx, account.id, ["passwordReset"]);
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.language,
    template: "password-changed",
    data: {
      name: account.name,
      changedAt: changedAt.toISOString(),
      resetUrl: portalUrl(account.language, "/forgot-password"),
    },
  });
  return updated.sessionVersion;
}

/** Uses a reset link once and sets the new password, in one transaction. */
export async function setPasswordFromLink(
  secret: string,
  account: CredentialAccount,
  passwordHash: string,
): Promise<ActionResult<{ sessionVersion: number }, LinkFailure>> {
  return db().$transaction(async (tx) => {
    // The single-use check happens here, in one UPDATE: of two concurrent
    // submissions only one gets past it.
    const used = await consumeAccountToken(tx, secret, "passwordReset");
    if (!used.ok) return fail(used.code);
    return ok({ sessionVersion: await storeNewPassword(tx, account, passwordHash) });
  });
}

/** The password changed from the dashboard; returns the new session version. */
export async function storeChangedPassword(
  account: CredentialAccount,
  passwordHash: string,
): Promise<number> {
  return db().$transaction((tx) => storeNewPassword(tx, account, passwordHash));
}

export type EmailChangeData = { newEmail: string; codeHash: string };

/** Issues the email-change token (voiding any older request) and queues the code and the link. */
export async function queueEmailChange(account: CredentialAccount, newEmail: string) {
  const code = newCode(6);
  const minutes = TOKEN_LIFETIME_MINUTES.emailChange;
  await db().$transaction(async (tx) => {
    const { secret } = await issueAccountToken(tx, {
      accountId: account.id,
      purpose: "emailChange",
      data: { newEmail, codeHash: hashSecret(code) } satisfies EmailChangeData,
    });
    await enqueueEmail(tx, {
      to: account.email,
      locale: account.language,
      template: "email-change-code",
      data: { name: account.name, code, expiresInMinutes: minutes },
    });
    await enqueueEmail(tx, {
      to: newEmail,
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
}

/** Kills an email-change request (too many wrong codes). */
export async function voidEmailChangeRequest(tokenId: string) {
  await db().accountToken.updateMany({
    where: { id: tokenId, usedAt: null, voidedAt: null },
    data: { voidedAt: now() },
  });
}

/**
 * Uses the email-change link once and moves the account to the new address,
 * ending its sessions and the links sent to the old one; both addresses are told.
 */
export async function applyEmailChange(
  secret: string,
  account: CredentialAccount,
  newEmail: string,
): Promise<
  ActionResult<{ sessionVersion: number; newEmail: string }, LinkFailure | "emailUnavailable">
> {
  const oldEmail = account.email;
  const changedAt = now();
  try {
    return await db().$transaction(async (tx) => {
      const used = await consumeAccountToken(tx, secret, "emailChange");
      if (!used.ok) return fail(used.code);
      // Checked again now: the address may have been taken since the request.
      // (A concurrent taker still fails on the unique index, caught below.)
      if (await tx.account.findUnique({ where: { email: newEmail }, select: { id: true } })) {
        throw new EmailTaken();
      }
      const updated = await tx.account.update({
        where: { id: account.id },
        data: { email: newEmail, sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      // Links sent to the old address (reset, older changes) die with it.
      await voidAccountTokens(tx, account.id, ["passwordReset", "emailChange"]);
      for (const to of [oldEmail, newEmail]) {
        await enqueueEmail(tx, {
          to,
          locale: account.language,
          template: "email-changed",
          data: {
            name: account.name,
            newEmail,
            changedAt: changedAt.toISOString(),
            loginUrl: portalUrl(account.language, "/login"),
          },
        });
      }
      return ok({ sessionVersion: updated.sessionVersion, newEmail });
    });
  } catch (error) {
    if (error instanceof EmailTaken || isUniqueViolation(error)) return fail("emailUnavailable");
    throw error;
  }
}

/** Thrown inside the transaction so that it rolls back (the token stays usable). */
class EmailTaken extends Error {}
