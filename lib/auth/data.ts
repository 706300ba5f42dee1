import "server-only";
import { now } from "@/lib/clock";
import { db, sql } from "@/lib/db/client";
import { dateFromEpochMs, type Statement, utcTimestamp } from "@/lib/db/sql";
import type { Role } from "@/lib/db/enums";
import { hashPassword } from "./password";

export type LoginState = {
  account: { id: string; passwordHash: string | null; status: string; role: Role; sessionVersion: number } | null;
  /** When the account's failure bucket (or, for an unknown address, that address's bucket) is blocked until. */
  accountBlockedUntil: Date | null;
  ipBlockedUntil: Date | null;
};

const LOGIN_STATE: Statement = {
  name: "login-state",
  text: `
    SELECT a."id", a."passwordHash", a."status"::text AS "status", a."role"::text AS "role", a."sessionVersion",
      (SELECT (EXTRACT(EPOCH FROM t."blockedUntil") * 1000)::float8 FROM "ThrottleBucket" t
        WHERE t."key" = COALESCE($2::text || a."id", $3::text)) AS "accountBlockedUntil",
      (SELECT (EXTRACT(EPOCH FROM t."blockedUntil") * 1000)::float8 FROM "ThrottleBucket" t WHERE t."key" = $4::text) AS "ipBlockedUntil"
    FROM (SELECT 1) AS one
    LEFT JOIN "Account" a ON a."email" = $1::text`,
};

/**
 * Everything a login decides on, in one round trip: the account by email and
 * the two throttle buckets (the account's — keyed by its id, or by the address
 * when no account has it — and the client address's). The keys are built by
 * the caller from lib/throttle/rules.ts; `accountKeyPrefix` + id is the account's.
 */
export async function findLoginState(email: string, keys: { accountKeyPrefix: string; unknownAccountKey: string; ipKey: string }): Promise<LoginState> {
  const rows = await sql().query<{
    id: string | null;
    passwordHash: string | null;
    status: string | null;
    role: Role | null;
    sessionVersion: number | null;
    accountBlockedUntil: number | null;
    ipBlockedUntil: number | null;
  }>(LOGIN_STATE, [email, keys.accountKeyPrefix, keys.unknownAccountKey, keys.ipKey]);
  const row = rows[0];
  return {
    account:
      row?.id && row.status && row.role && row.sessionVersion !== null
        ? { id: row.id, passwordHash: row.passwordHash, status: row.status, role: row.role, sessionVersion: Number(row.sessionVersion) }
        : null,
    accountBlockedUntil: dateFromEpochMs(row?.accountBlockedUntil),
    ipBlockedUntil: dateFromEpochMs(row?.ipBlockedUntil),
  };
}

const LOGIN_SUCCESS: Statement = {
  name: "login-success",
  text: `
    WITH cleared AS (DELETE FROM "ThrottleBucket" WHERE "key" = $2::text),
    seen AS (
      UPDATE "Account" SET "lastLoginAt" = $7::timestamp, "lastSeenAt" = $7::timestamp, "updatedAt" = $7::timestamp WHERE "id" = $1::text
    )
    INSERT INTO "AuditEvent" ("actorAccountId", "actorRole", "resourceType", "action", "outcome", "ip", "userAgent", "requestId")
    VALUES ($1::text, $3::"Role", 'session', 'login', 'success'::"AuditOutcome", $4::text, $5::text, $6::text)`,
};

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
  await sql().query(LOGIN_SUCCESS, [input.accountId, input.accountKey, input.role, input.ip, input.userAgent, input.requestId, utcTimestamp(now())]);
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
