import "server-only";
// What the credential flows read about an account: never sent to a browser.
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/mutations";
import { verifyPassword } from "@/lib/auth/password";
import { isThrottled } from "@/lib/throttle/data";
import { hitThrottle } from "@/lib/throttle/mutations";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";

export type RequestInfo = {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

/** Only the request fields an audit row has (callers may pass a whole action context). */
export const auditRequest = (info: RequestInfo) => ({
  ip: info.ip ?? null,
  userAgent: info.userAgent ?? null,
  requestId: info.requestId ?? null,
});

export async function findCredentialAccount(where: { id: string } | { email: string }) {
  const row = await db().account.findUnique({
    where,
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      language: true,
      passwordHash: true,
      profileId: true,
      profile: { select: { firstName: true, lastName: true } },
    },
  });
  if (!row) return null;
  const { profile, ...account } = row;
  // Staff have no profile: greet them by the mailbox name.
  const name = profile
    ? `${profile.firstName} ${profile.lastName}`.trim()
    : row.email.split("@")[0]!;
  return { ...account, name };
}

export type CredentialAccount = NonNullable<Awaited<ReturnType<typeof findCredentialAccount>>>;

/**
 * Checks the current password of a signed-in account. Failures count in the
 * same per-account throttle as failed logins (AU-7): a stolen session cannot
 * be used to guess the password through these forms.
 */
export async function checkCurrentPassword(
  account: CredentialAccount,
  password: string,
  info: RequestInfo & { action: string },
): Promise<"ok" | "wrongPassword" | "throttled"> {
  const key = throttleKey.loginAccount(account.id);
  if ((await isThrottled(key)).blocked) return "throttled";
  const ok = account.passwordHash ? await verifyPassword(account.passwordHash, password) : false;
  if (ok) return "ok";
  const { blocked } = await hitThrottle(key, THROTTLE.loginFailuresPerAccount);
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    resourceType: "account",
    resourceId: account.id,
    action: info.action,
    outcome: "failure",
    ...auditRequest(info),
    detail: { reason: "wrongPassword" },
  });
  return blocked ? "throttled" : "wrongPassword";
}
