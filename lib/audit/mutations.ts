import "server-only";
// The one way to write an audit event (SECURITY.md AL-1, AL-2). Rows are
// append-only in the database; `detail` must never hold a secret.
import { db, type Db, type DbClient } from "@/lib/db/client";
import type { AuditOutcome, Role } from "@/lib/db/enums";
import { log } from "@/lib/log";
import { CHAINED_FIELDS, chainHash, GENESIS_HASH } from "./chain";

type AuditValue = string | number | boolean | null;

export type AuditInput = {
  actorAccountId?: string | null;
  actorRole?: Role | null;
  actingForProfileId?: string | null;
  subjectProfileId?: string | null;
  resourceType: string;
  resourceId?: string | null;
  action: string;
  outcome?: AuditOutcome;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  /** Plain values, or a change as `{ before, after }`. */
  detail?: Record<string, AuditValue | { before: AuditValue; after: AuditValue }>;
};

/** Writes the event; pass a transaction client to make it part of the change it records. */
export async function recordAudit(event: AuditInput, client: DbClient = db()): Promise<void> {
  try {
    // Field by field: callers pass their action context, which holds more
    // (the account, the path) than an audit row may store.
    await client.auditEvent.create({
      data: {
        actorAccountId: event.actorAccountId ?? null,
        actorRole: event.actorRole ?? null,
        actingForProfileId: event.actingForProfileId ?? null,
        subjectProfileId: event.subjectProfileId ?? null,
        resourceType: event.resourceType,
        resourceId: event.resourceId ?? null,
        action: event.action,
        outcome: event.outcome ?? "success",
        ip: event.ip ?? null,
        userAgent: event.userAgent ?? null,
        requestId: event.requestId ?? null,
        detail: event.detail ?? undefined,
      },
    });
  } catch (error) {
    // An audit failure is loud in the logs but does not turn a read into a 500.
    log.error("audit write failed", {
      action: event.action,
      resourceType: event.resourceType,
      error,
    });
    // Under test, a lost audit row is a failure to see, not a log line.
    if (process.env.NODE_ENV === "test") throw error;
  }
}

/** Any key distinct from the other advisory locks (migrations, clinic setup): one sealer at a time. */
const SEAL_LOCK_KEY = 72707371;

/**
 * Links committed, unsealed rows into the hash chain, oldest id first, at most
 * `limit` of them; returns how many. Rows are inserted unchained (inside the
 * transactions they describe, which commit in any order); this short
 * transaction is the only one that takes the sealer's lock, so audited
 * transactions never wait on it and two instances sealing at once take turns.
 * A row whose transaction has not committed yet is invisible here and gets the
 * next free position on a later run.
 */
export async function sealAuditChain(limit = 100, client: Db = db()): Promise<number> {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEAL_LOCK_KEY}::bigint)`;
    // IS NULL is answered by the seq index (PostgreSQL's btree holds NULLs).
    const rows = await tx.auditEvent.findMany({
      where: { seq: null },
      orderBy: { id: "asc" },
      take: limit,
      select: CHAINED_FIELDS,
    });
    if (rows.length === 0) return 0;
    const head = await tx.auditEvent.findFirst({
      where: { seq: { not: null } },
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true },
    });
    let seq = head?.seq ?? 0n;
    let prevHash = head?.hash ?? GENESIS_HASH;
    for (const row of rows) {
      seq += 1n;
      const hash = chainHash(prevHash, seq, row);
      await tx.auditEvent.update({ where: { id: row.id }, data: { seq, prevHash, hash } });
      prevHash = hash;
    }
    return rows.length;
  });
}
