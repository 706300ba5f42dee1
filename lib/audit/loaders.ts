import "server-only";
// The audit log for admins: the page and the CSV export. Both read with the
// same filters and both leave an audit row of the read itself (SECURITY.md
// AL-1: who looked at the log is part of the log).
import { notFound } from "next/navigation";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { getSessionAccount, requireStaffClinic, type SessionAccount } from "@/lib/auth/gate";
import { hasStaffRole } from "@/lib/auth/roles";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { contentDisposition } from "@/lib/files/download";
import { requestContext } from "@/lib/request-context";
import { addDays, localToUtc } from "@/lib/time/zoned";
import { csvRow } from "./csv";
import {
  findAuditPatientIds,
  listAuditEvents,
  listAuditStaffOptions,
  type AuditFilter,
  type AuditRow,
} from "./data";
import { recordAudit } from "./mutations";
import { auditQueryDetail, parseAuditQuery, type AuditQuery } from "./schema";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one export holds; a narrower filter gets the rest. */
export const AUDIT_EXPORT_CAP = 50_000;
const EXPORT_BATCH = 1000;

type Params = Record<string, string | string[] | undefined>;

/** The query's filters as database bounds: local dates are whole days in the clinic's zone. */
async function auditFilter(query: AuditQuery, timeZone: string): Promise<AuditFilter> {
  return {
    subjectProfileIds: query.patient ? await findAuditPatientIds(query.patient) : undefined,
    actorAccountId: query.staff,
    action: query.action,
    from: query.from ? (localToUtc(query.from, 0, timeZone) ?? undefined) : undefined,
    to: query.to ? (localToUtc(addDays(query.to, 1), 0, timeZone) ?? undefined) : undefined,
  };
}

async function auditRead(account: SessionAccount, action: "view" | "export", query: AuditQuery) {
  const { ip, userAgent, requestId } = await requestContext();
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    resourceType: "auditLog",
    action,
    ip,
    userAgent,
    requestId,
    detail: auditQueryDetail(query),
  });
}

/** One page of the audit log, newest first, with the filter form's options. Admins only (others get a 404). */
export async function loadAuditLog(params: Params) {
  const { account } = await requireStaffClinic({ admin: true });
  const clinic = (await loadClinic())!;
  const query = parseAuditQuery(params);
  const filter = await auditFilter(query, clinic.timeZone);
  const [{ total, rows }, staff] = await Promise.all([
    listAuditEvents(filter, {
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    listAuditStaffOptions(),
  ]);
  await auditRead(account, "view", query);
  return {
    rows,
    total,
    staff,
    query,
    timeZone: clinic.timeZone,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/**
 * One page of the events about one patient, newest first: their record's
 * Audit tab. Admins only, a profile of their clinic (others get a 404); the
 * read is logged as a view of the log filtered on that patient.
 */
export async function loadPatientAudit(profileId: string, params: Params) {
  const { account, clinicId } = await requireStaffClinic({ admin: true });
  const id = profileId.length <= 64 ? await authorizeClinicProfile(clinicId, profileId) : null;
  if (!id) notFound();
  const clinic = (await loadClinic())!;
  const query = { ...parseAuditQuery({ page: params.page }), patient: id as string };
  const { total, rows } = await listAuditEvents(
    { subjectProfileIds: [id] },
    { skip: (query.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE },
  );
  await auditRead(account, "view", query);
  return {
    rows,
    total,
    page: query.page,
    timeZone: clinic.timeZone,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

const CSV_COLUMNS = [
  "at",
  "actorEmail",
  "actorRole",
  "actorAccountId",
  "actingForName",
  "actingForProfileId",
  "subjectName",
  "subjectProfileId",
  "resourceType",
  "resourceId",
  "action",
  "outcome",
  "ip",
  "userAgent",
  "requestId",
  "detail",
] as const satisfies readonly (keyof AuditRow)[];

function csvRecord(row: AuditRow): string {
  return csvRow(CSV_COLUMNS.map((c) => (c === "at" ? row.at.toISOString() : row[c])));
}

/**
 * The matching events as CSV, streamed in batches, or null when the account
 * is not an admin (the route answers 404). Rows written after the export
 * starts are left out, so batches read by offset never shift.
 */
export async function auditCsvResponse(params: Params): Promise<Response | null> {
  const account = await getSessionAccount();
  if (!account || !hasStaffRole(account.role, { admin: true })) return null;
  const clinic = await loadClinic();
  if (!clinic) return null;
  const query = parseAuditQuery(params);
  const filter = await auditFilter(query, clinic.timeZone);
  const startedAt = new Date(now().getTime() + 1);
  if (!filter.to || filter.to > startedAt) filter.to = startedAt;
  await auditRead(account, "export", query);

  const encoder = new TextEncoder();
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(CSV_COLUMNS)));
    },
    async pull(controller) {
      const take = Math.min(EXPORT_BATCH, AUDIT_EXPORT_CAP - sent);
      const { rows } =
        take > 0 ? await listAuditEvents(filter, { skip: sent, take }) : { rows: [] };
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(csvRecord).join("")));
      sent += rows.length;
      if (rows.length < take || take === 0) controller.close();
    },
  });
  const day = now().toISOString().slice(0, 10);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", `audit-log-${day}.csv`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
