import "server-only";
// The credentials check behind next-auth's credentials provider
// (lib/auth/options.ts `authorize`), the portal's only way to log in.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { emailSchema } from "@/lib/auth/email";
import { findLoginState, recordLoginSuccess, upgradePasswordHash } from "@/lib/auth/data";
import { needsRehash, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import type { Role } from "@/lib/db/enums";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { hitThrottle } from "@/lib/throttle/mutations";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

const credentialsSchema = z.object({
  email: emailSchema,
  // No maximum that would truncate silently (AU-2); 1,000 bounds the hashing cost.
  password: z.string().min(1).max(1000),
});

export type LoginRequest = {
  ip: string | null;
  userAgent: string | null;
  requestId?: string | null;
};

/** Who logged in, as the session token records it. */
export type LoginUser = { id: string; role: Role; sv: number };

/** `invalid` is every failure but throttling, alike (AU-4); `throttled` is told apart (AU-7). */
export type LoginResult = ActionResult<LoginUser, "invalid" | "throttled">;

export async function attemptLogin(raw: unknown, request: LoginRequest): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid");
  const { email, password } = parsed.data;
  const ip = request.ip;
  // Unknown addresses are throttled under their own key exactly like
  // accounts, so "too many attempts" says nothing about whether an account
  // exists (AU-4 with AU-7). The key of a real account is its id, not a
  // header: a spoofed X-Forwarded-For changes nothing.
  const unknownAccountKey = throttleKey.loginAccount(`unknown:${email}`);
  const ipKey = throttleKey.loginIp(ip ?? "unknown");
  const state = await findLoginState(email, {
    accountKeyPrefix: throttleKey.loginAccount(""),
    unknownAccountKey,
    ipKey,
  });
  const { account } = state;
  const accountKey = account ? throttleKey.loginAccount(account.id) : unknownAccountKey;
  // Same work whether or not the account exists, and one generic failure for
  // every reason (AU-4).
  const verified = account?.passwordHash
    ? await verifyPassword(account.passwordHash, password)
    : await verifyAgainstDummy(password);
  const at = now().getTime();
  const accountBlocked = (state.accountBlockedUntil?.getTime() ?? 0) > at;
  const ipBlocked = (state.ipBlockedUntil?.getTime() ?? 0) > at;
  const throttled = accountBlocked || ipBlocked;
  if (throttled || !account || !verified || account.status !== "active") {
    // Blocked attempts are not counted again: the block ends on time.
    const [a, i] = throttled
      ? [{ blocked: accountBlocked }, { blocked: ipBlocked }]
      : await Promise.all([
          hitThrottle(accountKey, THROTTLE.loginFailuresPerAccount),
          hitThrottle(ipKey, THROTTLE.loginFailuresPerIp),
        ]);
    const nowBlocked = throttled || a.blocked || i.blocked;
    await recordAudit({
      actorAccountId: account?.id ?? null,
      resourceType: "session",
      action: "login",
      outcome: nowBlocked ? "denied" : "failure",
      ip,
      userAgent: request.userAgent,
      requestId: request.requestId ?? null,
      ...(nowBlocked ? { detail: { reason: "throttled" } } : {}),
    });
    return fail(nowBlocked ? "throttled" : "invalid");
  }
  await Promise.all([
    recordLoginSuccess({
      accountId: account.id,
      role: account.role,
      accountKey,
      ip,
      userAgent: request.userAgent,
      requestId: request.requestId ?? null,
    }),
    // Rare (parameters raised since the hash was made): not worth batching.
    needsRehash(account.passwordHash!) ? upgradePasswordHash(account.id, password) : null,
  ]);
  return ok({ id: account.id, role: account.role, sv: account.sessionVersion });
}
