import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { hashPassword } from "./password";

export type LoginState = {
  account: { id: string; passwordHash: string | null; status: string; role: Role; sessionVersion: number } | null;
  /** When the account's failure bucket (or, for an unknown address, that address's bucket) is blocked until. */
  accountBlockedUntil: Date | null;
  ipBlockedUntil: Date | null;
};

/**
 * Everything a login decides on, in one round trip: the account by email and
 * the two throttle buckets (the account's — keyed by its id, or by the address
 * when no account has it — and the client address's). The keys are built by
 * the caller from lib/throttle/rules.ts; `accountKeyPrefix` + id is the account's.
 */
export async function findLoginState(email: string, keys: { accountKeyPrefix: string; unknownAccountKey: string; ipKey: string }): Promise<LoginState> {
  const rows = await db().$queryRaw<
    {
      id: string | null;
      passwordHash: string | null;
      status: string | null;
      role: Role | null;
      sessionVersion: number | null;
      accountBlockedUntil: Date | null;
      ipBlockedUntil: Date | null;
    }[]
  >`
    SELECT a."id", a."passwordHash", a."status"::text AS "status", a."role"::text AS "role", a."sessionVersion",
      (SELECT t."blockedUntil" FROM "ThrottleBucket" t
        WHERE t."key" = COALESCE(${keys.accountKeyPrefix}::text || a."id", ${keys.unknownAccountKey}::text)) AS "accountBlockedUntil",
      (SELECT t."blockedUntil" FROM "ThrottleBucket" t WHERE t."key" = ${keys.ipKey}::text) AS "ipBlockedUntil"
    FROM (SELECT 1) AS one
    LEFT JOIN "Account" a ON a."email" = ${email}::text`;
  const row = rows[0];
  return {
    account:
      row?.id && row.status && row.role && row.sessionVersion !== null
        ? { id: row.id, passwordHash: row.passwordHash, status: row.status, role: row.role, sessionVersion: Number(row.sessionVersion) }
        : null,
    accountBlockedUntil: row?.accountBlockedUntil ?? null,
    ipBlockedUntil: row?.ipBlockedUntil ?? null,
  };
}

/**
 * What a successful login writes, as one statement (one round trip, one
 * commit): the account's failure count is cleared, its login and last-seen
 * times set, and the "session login" audit event appended — the same row
 * recordAudit() writes for it (lib/audit/record.ts), with the request id.
 * Unlike recordAudit, a failed audit write fails the login: an
 * authentication event is never lost (AL-2).
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
  await db().$executeRaw`
    WITH cleared AS (DELETE FROM "ThrottleBucket" WHERE "key" = ${input.accountKey}::text),
    seen AS (
      UPDATE "Account" SET "lastLoginAt" = ${at}, "lastSeenAt" = ${at}, "updatedAt" = ${at} WHERE "id" = ${input.accountId}::text
    )
    INSERT INTO "AuditEvent" ("actorAccountId", "actorRole", "resourceType", "action", "outcome", "ip", "userAgent", "requestId")
    VALUES (${input.accountId}::text, ${input.role}::"Role", 'session', 'login', 'success'::"AuditOutcome", ${input.ip}::text, ${input.userAgent}::text, ${input.requestId}::text)`;
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
  await db().account.update({ where: { id: accountId }, data: { lastSeenAt: at } });
}

export async function upgradePasswordHash(accountId: string, password: string) {
  await db().account.update({ where: { id: accountId }, data: { passwordHash: await hashPassword(password) } });
}

/** Every JWT issued before this call is refused by the gate from now on. */
export async function endAllSessions(accountId: string) {
  await db().account.updateMany({ where: { id: accountId }, data: { sessionVersion: { increment: 1 } } });
}
