import "server-only";
// Reads of the audit log, for admins (callers gate first). Audit rows carry
// bare ids, not relations: the actor's email and the profiles' names are
// looked up beside them, so a deleted account still leaves its rows readable.
import { patientSearchWhere } from "@/lib/admin/data";
import { db, type Db } from "@/lib/db/client";
import { CHAINED_FIELDS } from "./chain";

export type AuditFilter = {
  /** Events about any of these profiles; an empty list matches nothing. */
  subjectProfileIds?: string[];
  actorAccountId?: string;
  action?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
};

/** A patient search that matches too many profiles is not a filter anyone means. */
const MAX_PATIENT_MATCHES = 500;

function auditWhere(filter: AuditFilter) {
  return {
    ...(filter.subjectProfileIds ? { subjectProfileId: { in: filter.subjectProfileIds } } : {}),
    ...(filter.actorAccountId ? { actorAccountId: filter.actorAccountId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
}

/** The profiles a patient filter means: the profile of that exact id, or those the patient search finds. */
export async function findAuditPatientIds(query: string): Promise<string[]> {
  const rows = await db().patientProfile.findMany({
    where: { OR: [{ id: query }, patientSearchWhere(query)] },
    take: MAX_PATIENT_MATCHES,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Matching events, newest first, with the actor's email and the profiles' names. */
export async function listAuditEvents(filter: AuditFilter, page: { skip: number; take: number }) {
  const where = auditWhere(filter);
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
    }),
  ]);
  const accountIds = new Set<string>();
  const profileIds = new Set<string>();
  for (const e of events) {
    if (e.actorAccountId) accountIds.add(e.actorAccountId);
    if (e.subjectProfileId) profileIds.add(e.subjectProfileId);
    if (e.actingForProfileId) profileIds.add(e.actingForProfileId);
  }
  const [accounts, profiles] = await Promise.all([
    db().account.findMany({
      where: { id: { in: [...accountIds] } },
      select: { id: true, email: true },
    }),
    db().patientProfile.findMany({
      where: { id: { in: [...profileIds] } },
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  const emails = new Map(accounts.map((a) => [a.id, a.email]));
  const names = new Map(profiles.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  const rows = events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    actorAccountId: e.actorAccountId,
    actorEmail: e.actorAccountId ? (emails.get(e.actorAccountId) ?? null) : null,
    actorRole: e.actorRole,
    actingForProfileId: e.actingForProfileId,
    actingForName: e.actingForProfileId ? (names.get(e.actingForProfileId) ?? null) : null,
    subjectProfileId: e.subjectProfileId,
    subjectName: e.subjectProfileId ? (names.get(e.subjectProfileId) ?? null) : null,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    action: e.action,
    outcome: e.outcome,
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
    detail: e.detail === null ? null : JSON.stringify(e.detail),
  }));
  return { total, rows };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];

/** Staff and admin accounts, for the "staff member" filter. */
export function listAuditStaffOptions() {
  return db().account.findMany({
    where: { role: { in: ["staff", "admin"] } },
    orderBy: { email: "asc" },
    select: { id: true, email: true },
  });
}

/** Sealed rows after position `afterSeq`, in chain order, for the chain check. */
export function listSealedAuditEvents(afterSeq: bigint, take: number, client: Db = db()) {
  return client.auditEvent.findMany({
    where: { seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    select: { ...CHAINED_FIELDS, seq: true, prevHash: true, hash: true },
  });
}

export function countUnsealedAuditEvents(client: Db = db()): Promise<number> {
  return client.auditEvent.count({ where: { seq: null } });
}
