import "server-only";
// Loaders of the staff inbox and thread: the session gate first (patients get a
// 404, AC-6), then the clinic's rows only; a thread's profile must be one of
// the clinic's (authorizeClinicProfile) before anything of it is read.
import { notFound } from "next/navigation";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { actorOf } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { requireStaffClinic } from "@/lib/auth/gate";
import { requestContext } from "@/lib/request-context";
import {
  countStaffUnread,
  findCommunicationScope,
  findStaffThread,
  listStaffInbox,
  listStaffInboxPatients,
} from "./data";
import { PAGE_SIZE } from "./loaders";
import { markStaffRead } from "./mutations";
import { parseStaffInboxQuery } from "./schema";

/** One page of the staff inbox, with its filters (status, patient). */
export async function loadStaffInbox(params: Record<string, string | string[] | undefined>) {
  const { clinicId } = await requireStaffClinic();
  const query = parseStaffInboxQuery(params);
  const profileId = query.patient
    ? ((await authorizeClinicProfile(clinicId, query.patient)) ?? undefined)
    : undefined;
  const [{ total, rows }, patients] = await Promise.all([
    listStaffInbox(
      clinicId,
      { status: query.status, profileId },
      { skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE },
    ),
    listStaffInboxPatients(clinicId),
  ]);
  return {
    rows,
    total,
    patients,
    query: { status: query.status, patient: profileId, page: query.page },
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Threads unread for staff, for the admin navigation. */
export async function loadStaffUnreadCount() {
  const { clinicId } = await requireStaffClinic();
  return countStaffUnread(clinicId);
}

/** The clinic's thread and its authorized profile, or null (another clinic's, or none). */
export async function authorizeStaffThread(clinicId: string, communicationId: string) {
  if (communicationId.length > 64) return null;
  const scope = await findCommunicationScope(communicationId);
  const profileId = scope && (await authorizeClinicProfile(clinicId, scope.profileId));
  if (!scope || !profileId) return null;
  return { clinicId, profileId, communicationId: scope.id };
}

/** A thread as staff see it (withdrawn ones too, for the record); opening it marks it read for staff. */
export async function loadStaffThread(communicationId: string) {
  const { account, clinicId } = await requireStaffClinic();
  const scope = await authorizeStaffThread(clinicId, communicationId);
  const thread = scope && (await findStaffThread(clinicId, scope.profileId, communicationId));
  if (!scope || !thread) notFound();
  const actor = actorOf({ ...(await requestContext()), account });
  if (!thread.withdrawnAt) await markStaffRead(scope, actor);
  await recordAudit({
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    subjectProfileId: scope.profileId,
    resourceType: "communication",
    resourceId: thread.id,
    action: "view",
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  });
  return { thread };
}
