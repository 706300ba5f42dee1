import "server-only";
// The patient's Recent activity (dashboard) and "Who saw my record" (Profile),
// both of one profile and both behind the access check: Recent activity only
// lists what the account's tabs for that profile show, and the access log
// needs the profile section (own profile or a live grant), else 404.
import { notFound } from "next/navigation";
import {
  authorizeProfile,
  listAccessibleProfiles,
  profileToShow,
  type AccessibleProfile,
} from "@/lib/access/profile-access";
import { requirePatient, type SessionAccount } from "@/lib/auth/gate";
import type { Clinic } from "@/lib/clinic/data";
import { requireClinic } from "@/lib/clinic/loaders";
import { visibleKinds } from "@/lib/communications/rules";
import type { CommunicationKind } from "@/lib/db/enums";
import { loadPortalShell } from "@/lib/portal/loaders";
import {
  findActors,
  findAppointmentsOf,
  findThreadsOf,
  listAccessRows,
  listActivityRows,
  type ActorRow,
} from "./data";
import {
  accessRole,
  accessWhat,
  activityBy,
  activityPath,
  activityWhat,
  boxOf,
  type AccessRole,
  type AccessWhat,
  type ActivityWhat,
} from "./describe";

export const RECENT_ACTIVITY_SIZE = 10;
export const ACCESS_LOG_PAGE_SIZE = 25;

export type ActivityLine = {
  id: string;
  at: Date;
  what: ActivityWhat;
  /** The thread's subject or the appointment's time, when the line has one. */
  subject: string | null;
  startsAt: Date | null;
  by: "self" | "clinic" | "account";
  /** The other account holder's name (null: an account without a profile of its own). */
  byName: string | null;
  profileId: string;
  path: string;
};

const ids = (rows: { resourceType: string; resourceId: string | null }[], type: string) => [
  ...new Set(rows.filter((r) => r.resourceType === type).map((r) => r.resourceId!)),
];

function actorsById(actors: ActorRow[]) {
  return new Map(actors.map((a) => [a.id, a]));
}

/** The last actions on a profile that this account may see, newest first. */
export async function recentActivityFor(
  account: SessionAccount,
  clinic: Pick<Clinic, "timeZone" | "messagesEnabled" | "documentsEnabled" | "billsEnabled">,
  profile: AccessibleProfile,
): Promise<ActivityLine[]> {
  const id = await authorizeProfile(account, profile.profileId, "profile", clinic.timeZone);
  if (!id) return [];
  const rows = await listActivityRows(
    id,
    {
      appointments: profile.tabs.includes("appointments"),
      kinds: visibleKinds(profile.tabs, clinic),
      ownAccountId: profile.state === "own" ? account.id : null,
    },
    RECENT_ACTIVITY_SIZE,
  );
  const [threads, appointments, actors] = await Promise.all([
    findThreadsOf(id, ids(rows, "communication")),
    findAppointmentsOf(id, ids(rows, "appointment")),
    findActors([...new Set(rows.map((r) => r.actorAccountId).filter((a) => a !== null))]),
  ]);
  const threadOf = new Map(threads.map((t) => [t.id, t]));
  const startOf = new Map(appointments.map((a) => [a.id, a.startsAt]));
  const actorOf = actorsById(actors);
  return rows.flatMap((row) => {
    const thread = row.resourceId ? threadOf.get(row.resourceId) : undefined;
    const what = activityWhat(row, thread?.kind);
    if (!what || !row.resourceId) return [];
    const by = activityBy(row, account.id);
    return [
      {
        id: row.id.toString(),
        at: row.at,
        what,
        subject: thread?.subject ?? null,
        startsAt: startOf.get(row.resourceId) ?? null,
        by: by.by,
        byName: by.by === "account" ? (actorOf.get(by.accountId)?.name ?? null) : null,
        profileId: id,
        path: activityPath(what, row.resourceId, thread?.kind),
      },
    ];
  });
}

/** Recent activity of the selected profile, for the dashboard. */
export async function loadRecentActivity() {
  const { account, clinic, current } = await loadPortalShell();
  const lines = current ? await recentActivityFor(account, clinic, current) : [];
  return { lines, timeZone: clinic.timeZone };
}

export type AccessLine = {
  id: string;
  at: Date;
  what: AccessWhat;
  /** For "viewedBox": which list. */
  box: string | null;
  /** For a thread: its kind. */
  kind: CommunicationKind | null;
  role: AccessRole;
  /** A patient's name, or a staff member's email (staff accounts carry no name). */
  who: string | null;
};

/** One page of who accessed a profile (the URL's, else the selected one), or null (404). */
export async function accessLogFor(
  account: SessionAccount,
  clinic: Pick<Clinic, "timeZone">,
  requested: string | undefined,
  page: number,
) {
  const profileId = await profileToShow(account, requested, clinic.timeZone);
  if (!profileId) return null;
  const id = await authorizeProfile(account, profileId, "profile", clinic.timeZone);
  const profile =
    id && (await listAccessibleProfiles(account, clinic.timeZone)).find((p) => p.profileId === id);
  if (!id || !profile) return null;
  const current = Math.max(1, Math.floor(page) || 1);
  const viewer = { accountId: account.id, ownProfile: profile.state === "own" };
  const { total, rows } = await listAccessRows(id, viewer, {
    skip: (current - 1) * ACCESS_LOG_PAGE_SIZE,
    take: ACCESS_LOG_PAGE_SIZE,
  });
  const [threads, actors] = await Promise.all([
    findThreadsOf(id, ids(rows, "communication")),
    findActors([...new Set(rows.map((r) => r.actorAccountId!))]),
  ]);
  const kindOf = new Map(threads.map((t) => [t.id, t.kind]));
  const actorOf = actorsById(actors);
  const lines: AccessLine[] = rows.map((row) => {
    const actor = actorOf.get(row.actorAccountId!);
    const role = actor
      ? accessRole(actor, id)
      : row.actorRole === "patient"
        ? "proxy"
        : (row.actorRole ?? "staff");
    const kind = (row.resourceId && kindOf.get(row.resourceId)) || null;
    return {
      id: row.id.toString(),
      at: row.at,
      what: accessWhat(row, kind ?? undefined),
      box: boxOf(row),
      kind,
      role,
      who: actor ? (role === "staff" || role === "admin" ? actor.email : actor.name) : null,
    };
  });
  return {
    profile: {
      id,
      firstName: profile.firstName,
      lastName: profile.lastName,
      own: profile.state === "own",
    },
    lines,
    page: current,
    pages: Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE)),
    timeZone: clinic.timeZone,
  };
}

export async function loadAccessLog(requested: string | undefined, page: number) {
  const account = await requirePatient();
  const clinic = await requireClinic();
  const log = await accessLogFor(account, clinic, requested, page);
  if (!log) notFound();
  return log;
}
