import "server-only";
// The one way to write an audit event (SECURITY.md AL-1, AL-2). Rows are
// append-only in the database; `detail` must never hold a secret.
import { db, type DbClient } from "@/lib/db/client";
import type { AuditOutcome, Role } from "@/lib/db/enums";
import { log } from "@/lib/log";

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
