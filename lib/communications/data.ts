import "server-only";
// Reads of communications. Patient-facing reads take an AuthorizedProfileId and
// the kinds the account may see (lib/access + rules.ts): a withdrawn thread, a
// kind without its permission or another profile's thread is simply not found.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { db, type DbClient, type Prisma } from "@/lib/db/client";
import type { CommunicationKind, ThreadStatus } from "@/lib/db/enums";
import type { Box } from "./rules";

const authorName = {
  select: {
    id: true,
    profile: { select: { firstName: true, lastName: true } },
    email: true,
    role: true,
  },
} as const;

/**
 * A list row's attachments, to count them: Prisma reads them for the page's
 * rows only (WHERE "communicationId" IN …), where a relation `_count` grouped
 * the whole clinic's Attachment table on every list (npm run bench:inbox -- --explain).
 */
const attachmentIds = { select: { id: true } } as const;

function boxWhere(profileId: AuthorizedProfileId, box: Box, kinds: readonly CommunicationKind[]) {
  return {
    profileId,
    withdrawnAt: null,
    kind: { in: [...kinds] },
    ...(box === "sent" ? { patientActivityAt: { not: null } } : {}),
  };
}

/**
 * One page of a box, newest first, with whether `accountId` has read each thread;
 * `unreadOnly`: only those it has not read (the dashboard's "what needs me").
 */
export async function listBox(
  profileId: AuthorizedProfileId,
  accountId: string,
  box: Box,
  kinds: readonly CommunicationKind[],
  page: { skip: number; take: number },
  { unreadOnly = false }: { unreadOnly?: boolean } = {},
) {
  const where = {
    ...boxWhere(profileId, box, kinds),
    ...(unreadOnly ? { reads: { none: { accountId } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db().communication.count({ where }),
    db().communication.findMany({
      where,
      orderBy: [
        box === "sent" ? { patientActivityAt: "desc" } : { lastActivityAt: "desc" },
        { id: "desc" },
      ],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        kind: true,
        subject: true,
        origin: true,
        lastActivityAt: true,
        patientActivityAt: true,
        attachments: attachmentIds,
        reads: { where: { accountId }, select: { readAt: true } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ reads, attachments, ...row }) => ({
      ...row,
      attachments: attachments.length,
      unread: reads.length === 0,
    })),
  };
}
export type BoxRow = Awaited<ReturnType<typeof listBox>>["rows"][number];

/** Unread threads of each kind for this account (0 where none). */
export async function countUnread(
  profileId: AuthorizedProfileId,
  accountId: string,
  kinds: readonly CommunicationKind[],
): Promise<Record<CommunicationKind, number>> {
  const counts: Record<CommunicationKind, number> = { message: 0, document: 0, bill: 0 };
  if (kinds.length === 0) return counts;
  const groups = await db().communication.groupBy({
    by: ["kind"],
    where: {
      profileId,
      withdrawnAt: null,
      kind: { in: [...kinds] },
      reads: { none: { accountId } },
    },
    _count: { _all: true },
  });
  for (const g of groups) counts[g.kind] = g._count._all;
  return counts;
}

/** What the access check needs to know of a thread before anything of it is read. */
export async function findCommunicationScope(communicationId: string) {
  return db().communication.findUnique({
    where: { id: communicationId },
    select: { id: true, profileId: true, kind: true, withdrawnAt: true },
  });
}

/** What a thread page shows, patient or staff: entries oldest first (the original at the top), files, the bill. */
const threadSelect = {
  id: true,
  profileId: true,
  kind: true,
  origin: true,
  subject: true,
  replyRule: true,
  status: true,
  createdAt: true,
  entries: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, author: true, body: true, createdAt: true, authorAccount: authorName },
  },
  attachments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, size: true },
  },
  bill: {
    select: { id: true, number: true, issuedOn: true, dueOn: true, status: true, totalCents: true },
  },
} satisfies Prisma.CommunicationSelect;

/** A thread of an authorized profile, entries oldest first (the original at the top). */
export async function findThread(
  profileId: AuthorizedProfileId,
  communicationId: string,
  client: DbClient = db(),
) {
  return client.communication.findFirst({
    where: { id: communicationId, profileId, withdrawnAt: null },
    select: threadSelect,
  });
}
export type Thread = NonNullable<Awaited<ReturnType<typeof findThread>>>;

/** An attachment and the scope the access check needs (its thread's profile and kind). */
export async function findAttachmentScope(attachmentId: string) {
  return db().attachment.findUnique({
    where: { id: attachmentId },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      storageKey: true,
      communication: { select: { id: true, profileId: true, kind: true, withdrawnAt: true } },
    },
  });
}

/** The patient side's replies in a thread (the single-reply rule counts them). */
export async function countPatientEntries(communicationId: string, client: DbClient = db()) {
  return client.communicationEntry.count({ where: { communicationId, author: "patient" } });
}

/** A profile's communications as staff list them, newest first, withdrawn ones included. */
export async function listProfileCommunications(profileId: AuthorizedProfileId, take = 50) {
  const rows = await db().communication.findMany({
    where: { profileId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      origin: true,
      subject: true,
      createdAt: true,
      withdrawnAt: true,
      attachments: attachmentIds,
    },
  });
  return rows.map(({ attachments, ...row }) => ({ ...row, attachments: attachments.length }));
}

// The staff side: every read is scoped to the clinic. The staff inbox holds
// the threads a patient wrote in; unread for staff means no staff member opened
// it since the patient's last entry.

export type StaffInboxFilter = {
  status?: ThreadStatus;
  profileId?: AuthorizedProfileId;
};

function staffInboxWhere(clinicId: string, filter: StaffInboxFilter) {
  return {
    clinicId,
    withdrawnAt: null,
    patientActivityAt: { not: null },
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.profileId ? { profileId: filter.profileId } : {}),
  };
}

function staffUnreadWhere() {
  return {
    OR: [
      { staffReadAt: null },
      { staffReadAt: { lt: db().communication.fields.patientActivityAt } },
    ],
  };
}

const staffInboxRow = {
  id: true,
  kind: true,
  origin: true,
  subject: true,
  status: true,
  patientActivityAt: true,
  profile: { select: { id: true, firstName: true, lastName: true } },
} as const;

/**
 * One page of the staff inbox: unread first, then newest patient activity.
 * SQL cannot order by "staffReadAt < patientActivityAt" through Prisma, so the
 * page is cut from the unread list, then continued in the read one.
 */
export async function listStaffInbox(
  clinicId: string,
  filter: StaffInboxFilter,
  page: { skip: number; take: number },
) {
  const where = staffInboxWhere(clinicId, filter);
  const unreadWhere = { AND: [where, staffUnreadWhere()] };
  const readWhere = { AND: [where, { NOT: staffUnreadWhere() }] };
  const [total, unreadTotal] = await Promise.all([
    db().communication.count({ where }),
    db().communication.count({ where: unreadWhere }),
  ]);
  const orderBy = [{ patientActivityAt: "desc" as const }, { id: "desc" as const }];
  const unreadTake = Math.max(0, Math.min(page.take, unreadTotal - page.skip));
  const unread = unreadTake
    ? await db().communication.findMany({
        where: unreadWhere,
        orderBy,
        skip: page.skip,
        take: unreadTake,
        select: staffInboxRow,
      })
    : [];
  const readTake = page.take - unread.length;
  const read = readTake
    ? await db().communication.findMany({
        where: readWhere,
        orderBy,
        skip: Math.max(0, page.skip - unreadTotal),
        take: readTake,
        select: staffInboxRow,
      })
    : [];
  return {
    total,
    rows: [
      ...unread.map((row) => ({ ...row, unread: true })),
      ...read.map((row) => ({ ...row, unread: false })),
    ],
  };
}
export type StaffInboxRow = Awaited<ReturnType<typeof listStaffInbox>>["rows"][number];

/** Threads unread for staff (the admin navigation's counter). */
export async function countStaffUnread(clinicId: string, client: DbClient = db()) {
  return client.communication.count({
    where: { AND: [staffInboxWhere(clinicId, {}), staffUnreadWhere()] },
  });
}

/** The patients who wrote in a thread of the clinic (the inbox's patient filter). */
export async function listStaffInboxPatients(clinicId: string) {
  return db().patientProfile.findMany({
    where: { communications: { some: staffInboxWhere(clinicId, {}) } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true },
  });
}

/** A thread of the clinic as staff see it: withdrawn ones included, with who wrote each entry. */
export async function findStaffThread(
  clinicId: string,
  profileId: AuthorizedProfileId,
  communicationId: string,
) {
  return db().communication.findFirst({
    where: { id: communicationId, clinicId, profileId },
    select: {
      ...threadSelect,
      patientActivityAt: true,
      withdrawnAt: true,
      withdrawnBy: authorName,
      profile: { select: { id: true, firstName: true, lastName: true } },
    },
  });
}
export type StaffThread = NonNullable<Awaited<ReturnType<typeof findStaffThread>>>;
