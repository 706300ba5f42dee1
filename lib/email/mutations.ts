import "server-only";
// The outbox rows' state changes, for the worker (worker.ts). Each change of a
// claimed row is fenced by its `attempts`: a worker whose lease expired and
// whose row another worker took can no longer mark it.
import { type Db, db } from "@/lib/db/client";
import type { EmailPayload } from "./outbox";
import type { RenderedEmail } from "./render";

export type ClaimedEmail = {
  id: string;
  to: string;
  locale: string;
  template: string;
  payload: unknown;
  attempts: number;
};

/** What the local mailbox keeps of a delivered email. */
export type MailboxCopy = RenderedEmail;

/**
 * Atomically reserves up to `limit` due rows: pending ones whose time has
 * come, and "sending" ones whose worker died (lease expired). SKIP LOCKED lets
 * concurrent workers take disjoint rows instead of waiting on each other.
 */
export async function claimDueEmails(
  now: Date,
  leaseUntil: Date,
  limit: number,
  client: Db = db(),
): Promise<ClaimedEmail[]> {
  // SKIP LOCKED: Prisma cannot express it. Dates are bound as they are; Prisma's
  // adapters send them as UTC wall time, the convention of its timestamp(3) columns.
  const rows = await client.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail"
    SET "status" = 'sending', "lockedUntil" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE ("status" = 'pending' AND "nextAttemptAt" <= ${now})
         OR ("status" = 'sending' AND "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "locale"::text AS "locale", "template", "payload", "attempts"`;
  return rows.map((row) => ({
    ...row,
    attempts: Number(row.attempts),
    payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
  }));
}

/** Matches the row only while this worker still holds it. */
function fence(row: ClaimedEmail) {
  return { id: row.id, status: "sending" as const, attempts: row.attempts };
}

class LeaseLostError extends Error {}

/**
 * Marks a delivered row sent, with its message in the local mailbox when the
 * transport keeps one. False when the lease was lost (nothing is written).
 */
export async function markEmailSent(
  row: ClaimedEmail,
  sent: { providerId: string | null; payload: EmailPayload },
  mailboxCopy: MailboxCopy | null,
  client: Db = db(),
): Promise<boolean> {
  const data = { status: "sent" as const, sentAt: new Date(), lockedUntil: null, ...sent };
  if (!mailboxCopy) {
    const marked = await client.outboxEmail.updateMany({ where: fence(row), data });
    return marked.count === 1;
  }
  try {
    // The message and the "sent" mark commit together. outboxId is unique:
    // a second delivery of the same row fails instead of duplicating.
    await client.$transaction(async (tx) => {
      const marked = await tx.outboxEmail.updateMany({ where: fence(row), data });
      if (marked.count !== 1) throw new LeaseLostError();
      await tx.mailboxMessage.create({
        data: {
          outboxId: row.id,
          to: row.to,
          subject: mailboxCopy.subject,
          html: mailboxCopy.html,
          text: mailboxCopy.text,
          attachments: mailboxCopy.attachments,
        },
      });
    });
    return true;
  } catch (error) {
    if (error instanceof LeaseLostError) return false;
    throw error;
  }
}

/**
 * Records a failed try: the row waits until `retryAt`, or, without one, fails
 * for good (its payload redacted). False when the lease was lost.
 */
export async function markEmailFailure(
  row: ClaimedEmail,
  failure: { lastError: string; retryAt: Date } | { lastError: string; payload: EmailPayload },
  client: Db = db(),
): Promise<boolean> {
  const marked = await client.outboxEmail.updateMany({
    where: fence(row),
    data:
      "retryAt" in failure
        ? {
            status: "pending",
            lockedUntil: null,
            lastError: failure.lastError,
            nextAttemptAt: failure.retryAt,
          }
        : {
            status: "failed",
            lockedUntil: null,
            lastError: failure.lastError,
            payload: failure.payload,
          },
  });
  return marked.count === 1;
}

/**
 * Puts claimed rows back, untried, until `retryAt` (the provider is down):
 * their claim is taken back (`attempts` - 1), so it does not count as a try.
 * The fence stays safe: a worker whose lease expired holds an older count, and
 * the row is "pending" until the next claim raises the count past it again.
 */
export async function releaseEmails(
  rows: ClaimedEmail[],
  retryAt: Date,
  client: Db = db(),
): Promise<void> {
  if (rows.length === 0) return;
  await client.$transaction(
    rows.map((row) =>
      client.outboxEmail.updateMany({
        where: fence(row),
        data: {
          status: "pending",
          lockedUntil: null,
          nextAttemptAt: retryAt,
          attempts: row.attempts - 1,
        },
      }),
    ),
  );
}
