import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { hashPassword } from "./password";

export type LoginState = {
  account: {
    id: string;
    passwordHash: string | null;
    status: string;
    role: Role;
    sessionVersion: number;
  } | null;
  /** When the account's failure bucket (or, for an unknown address, that address's bucket) is blocked until. */
  accountBlockedUntil: Date | null;
  ipBlockedUntil: Date | null;
};

/**
 * Everything a login decides on: the account by email and the two throttle
 * buckets (the account's — keyed by its id, or by the address when no account
 * has it — and the client address's). The keys are built by the caller from
 * lib/throttle/rules.ts; `accountKeyPrefix` + id is the account's.
 */
export async function findLoginState(
  email: string,
  keys: { accountKeyPrefix: string; unknownAccountKey: string; ipKey: string },
): Promise<LoginState> {
  const account = await db().account.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      status: true,
      role: true,
      sessionVersion: true,
    },
  });
  const accountKey = account ? keys.accountKeyPrefix + account.id : keys.unknownAccountKey;
  const buckets = await db().throttleBucket.findMany({
    where: { key: { in: [accountKey, keys.ipKey] } },
    select: { key: true, blockedUntil: true },
  });
  const blockedUntil = (key: string) => buckets.find((b) => b.key === key)?.blockedUntil ?? null;
  return {
    account,
    accountBlockedUntil: blockedUntil(accountKey),
    ipBlockedUntil: blockedUntil(keys.ipKey),
  };
}

/**
 * What a successful login writes, in one transaction: the account's failure
 * count cleared, its login and last-seen times set, and the "session login"
 * audit event (AL-2).
 */
export async function recordLoginSuccess(input: {
  accountId: string;
  role: Role;
  accountKey: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}): Promise<void> {
  const at = now();
  await db().$transaction(async (tx) => {
    await tx.throttleBucket.deleteMany({ where: { key: input.accountKey } });
    await tx.account.update({
      where: { id: input.accountId },
      data: { lastLoginAt: at, lastSeenAt: at },
    });
    await recordAudit(
      {
        actorAccountId: input.accountId,
        actorRole: input.role,
        resourceType: "session",
        action: "login",
        ip: input.ip,
        userAgent: input.userAgent,
        requestId: input.requestId,
      },
      tx,
    );
  });
}

/** The account behind a session, as the gate needs it: never the password hash. */
export function findSessionAccount(id: string) {
  return db().account.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      language: true,
      sessionVersion: true,
      profileId: true,
      passwordChangedAt: true,
      termsAcceptedVersion: true,
      lastSeenAt: true,
    },
  });
}

export async function touchLastSeen(accountId: string, at: Date) {
  await db().account.update({
    where: { id: accountId },
    data: { lastSeenAt: at },
  });
}

export async function upgradePasswordHash(accountId: string, password: string) {
  await db().account.update({
    where: { id: accountId },
    data: { passwordHash: await hashPassword(password) },
  });
}

/** Every JWT issued before this call is refused by the gate from now on. */
export async function endAllSessions(accountId: string) {
  await db().account.updateMany({
    where: { id: accountId },
    data: { sessionVersion: { increment: 1 } },
  });
}
