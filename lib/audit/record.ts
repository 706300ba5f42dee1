import "server-only";
// The one way to write an audit event (SECURITY.md AL-1, AL-2). Rows are
// append-only in the database; `detail` must never hold a secret.
import { db } from "@/lib/db/client";
import type { AuditOutcome, Role } from "@/lib/db/enums";
import { log } from "@/lib/log";

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
  detail?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(event: AuditInput): Promise<void> {
  try {
    await db().auditEvent.create({ data: { ...event, detail: event.detail ?? undefined } });
  } catch (error) {
    // An audit failure is loud in the logs but does not turn a read into a 500.
    log.error("audit write failed", { action: event.action, resourceType: event.resourceType, error });
  }
}
