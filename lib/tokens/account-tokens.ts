import "server-only";
// Emailed-link tokens for accounts: activation, password reset, email change.
// Single use, expiring, bound to one purpose, newest-wins (SECURITY.md AU-9..15).
import type { DbClient as Client } from "@/lib/db/client";
import type { TokenPurpose } from "@/lib/db/enums";
import { now } from "@/lib/clock";
import { hashSecret, newLinkSecret } from "./secret";
import { fail, ok } from "@/lib/actions/result";
import { inspectAccountToken } from "./data";

export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  activation: 72 * 60,
  passwordReset: 60,
  emailChange: 60,
};

/**
 * A new staff member's first password link is a password-reset token that
 * lasts longer: the welcome email may wait a weekend in an inbox, a reset
 * request is answered within the hour.
 */
export const STAFF_WELCOME_LIFETIME_MINUTES = 72 * 60;

/** Issues a token and voids every unused older one of the same purpose. Returns the raw secret (for the email only). */
export async function issueAccountToken(
  client: Client,
  input: {
    accountId: string;
    purpose: TokenPurpose;
    /** Purpose-specific, e.g. an email change's new address and code hash. */
    data?: Record<string, string>;
    lifetimeMinutes?: number;
  },
): Promise<{ secret: string; expiresAt: Date }> {
  const at = now();
  await client.accountToken.updateMany({
    where: { accountId: input.accountId, purpose: input.purpose, usedAt: null, voidedAt: null },
    data: { voidedAt: at },
  });
  const secret = newLinkSecret();
  const expiresAt = new Date(
    at.getTime() + (input.lifetimeMinutes ?? TOKEN_LIFETIME_MINUTES[input.purpose]) * 60_000,
  );
  await client.accountToken.create({
    data: {
      accountId: input.accountId,
      purpose: input.purpose,
      tokenHash: hashSecret(secret),
      data: input.data,
      expiresAt,
    },
  });
  return { secret, expiresAt };
}

/**
 * Uses a token: one atomic UPDATE, so two concurrent uses make one winner.
 * Returns the token's account and data, or the reason it cannot be used.
 */
export async function consumeAccountToken(client: Client, secret: string, purpose: TokenPurpose) {
  const at = now();
  const tokenHash = hashSecret(secret);
  const { count } = await client.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, voidedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
  });
  if (count === 0) {
    const { state } = await inspectAccountToken(secret, purpose, client);
    return fail(state === "valid" ? "used" : state);
  }
  const token = await client.accountToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { accountId: true, data: true },
  });
  return ok({ accountId: token.accountId, data: token.data });
}

/** Voids every open token of an account (e.g. after a password change). */
export async function voidAccountTokens(
  client: Client,
  accountId: string,
  purposes?: TokenPurpose[],
) {
  await client.accountToken.updateMany({
    where: {
      accountId,
      usedAt: null,
      voidedAt: null,
      ...(purposes ? { purpose: { in: purposes } } : {}),
    },
    data: { voidedAt: now() },
  });
}
