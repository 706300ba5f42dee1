import "server-only";
// Emails that carry an account token. Each issues the token and queues the
// email in the caller's transaction, in the account's language, so a rolled
// back change sends nothing.
import type { DbClient } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import {
  issueAccountToken,
  STAFF_WELCOME_LIFETIME_MINUTES,
  TOKEN_LIFETIME_MINUTES,
} from "@/lib/tokens/account-tokens";

export type Recipient = { id: string; email: string; language: "en" | "fr"; name: string };

export function portalUrl(locale: "en" | "fr", path: string): string {
  return `${env().APP_URL}/${locale}${path}`;
}

export async function sendActivationEmail(tx: DbClient, account: Recipient) {
  const { secret } = await issueAccountToken(tx, { accountId: account.id, purpose: "activation" });
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.language,
    template: "account-activation",
    data: {
      name: account.name,
      activationUrl: portalUrl(account.language, `/activate/${secret}`),
      expiresInHours: TOKEN_LIFETIME_MINUTES.activation / 60,
    },
  });
}

export async function sendPasswordResetEmail(tx: DbClient, account: Recipient) {
  const { secret } = await issueAccountToken(tx, {
    accountId: account.id,
    purpose: "passwordReset",
  });
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.language,
    template: "password-reset",
    data: {
      name: account.name,
      resetUrl: portalUrl(account.language, `/reset-password/${secret}`),
      expiresInMinutes: TOKEN_LIFETIME_MINUTES.passwordReset,
    },
  });
}

/** A new staff member chooses their password from this link (the reset page); an admin never sets it (AU-21). */
export async function sendStaffWelcomeEmail(
  tx: DbClient,
  account: Omit<Recipient, "name"> & { role: "staff" | "admin" },
) {
  const { secret } = await issueAccountToken(tx, {
    accountId: account.id,
    purpose: "passwordReset",
    lifetimeMinutes: STAFF_WELCOME_LIFETIME_MINUTES,
  });
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.language,
    template: "staff-welcome",
    data: {
      role: account.role,
      setPasswordUrl: portalUrl(account.language, `/reset-password/${secret}`),
      expiresInHours: STAFF_WELCOME_LIFETIME_MINUTES / 60,
    },
  });
}
