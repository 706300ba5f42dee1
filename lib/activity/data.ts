import "server-only";
// Reads of the audit log for the patient's side: the rows of one profile the
// viewer may see (Recent activity) and the accesses of others to it ("Who saw
// my record"). Audit rows carry bare ids: threads, appointments and actors are
// looked up beside them, with only the fields a line shows.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import type { CommunicationKind } from "@/lib/db/enums";
import { db } from "@/lib/db/client";
import { ACTIVITY_ACTIONS } from "./describe";

const auditFields = {
  id: true,
  at: true,
  actorAccountId: true,
  actorRole: true,
  resourceType: true,
  resourceId: true,
  action: true,
} as const;

export type ActivityScope = {
  /** The appointments tab is the viewer's for this profile. */
  appointments: boolean;
  /** The kinds of thread the viewer sees of this profile. */
  kinds: CommunicationKind[];
  /** The viewer's own account, when this is its own profile (credential lines). */
  ownAccountId: string | null;
};

/** The newest audit rows of a profile that are lines of its Recent activity for this scope. */
export async function listActivityRows(
  profileId: AuthorizedProfileId,
  scope: ActivityScope,
  take: number,
) {
  // Only threads the viewer may open now: never a withdrawn one, never a kind it lacks.
  const threads =
    scope.kinds.length === 0
      ? []
      : await db().communication.findMany({
          where: { profileId, kind: { in: scope.kinds }, withdrawnAt: null },
          select: { id: true },
        });
  const or = [
    ...(scope.appointments
      ? [{ resourceType: "appointment", action: { in: [...ACTIVITY_ACTIONS.appointment] } }]
      : []),
    ...(threads.length > 0
      ? [
          {
            resourceType: "communication",
            action: { in: [...ACTIVITY_ACTIONS.communication] },
            resourceId: { in: threads.map((t) => t.id) },
          },
        ]
      : []),
    ...(scope.ownAccountId
      ? [
          {
            resourceType: "account",
            resourceId: scope.ownAccountId,
            action: { in: [...ACTIVITY_ACTIONS.account] },
          },
        ]
      : []),
  ];
  if (or.length === 0) return [];
  return db().auditEvent.findMany({
    where: { subjectProfileId: profileId, outcome: "success", OR: or },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: auditFields,
  });
}

/**
 * One page of the accesses to a profile, newest first, by anyone but the viewer
 * and — when the viewer manages someone else's profile — but that person: their
 * own use of their record is theirs, not their proxy's, to read.
 */
export async function listAccessRows(
  profileId: AuthorizedProfileId,
  viewer: { accountId: string; ownProfile: boolean },
  page: { skip: number; take: number },
) {
  const owner = viewer.ownProfile
    ? null
    : await db().account.findUnique({ where: { profileId }, select: { id: true } });
  const where = {
    subjectProfileId: profileId,
    outcome: "success" as const,
    // A refused attempt saw nothing; an unrelated account's refusal is not the patient's to read.
    actorAccountId: { notIn: [viewer.accountId, ...(owner ? [owner.id] : [])] },
  };
  const [total, rows] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: auditFields,
    }),
  ]);
  return { total, rows };
}

/** The threads of a profile named by audit rows: their kind and subject. */
export async function findThreadsOf(profileId: AuthorizedProfileId, ids: string[]) {
  if (ids.length === 0) return [];
  return db().communication.findMany({
    where: { profileId, id: { in: ids } },
    select: { id: true, kind: true, subject: true },
  });
}

/** The appointments of a profile named by audit rows: when each is. */
export async function findAppointmentsOf(profileId: AuthorizedProfileId, ids: string[]) {
  if (ids.length === 0) return [];
  return db().appointment.findMany({
    where: { profileId, id: { in: ids } },
    select: { id: true, startsAt: true },
  });
}

/** The accounts that acted: role, email (staff have no name) and the holder's own profile name. */
export async function findActors(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db().account.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      email: true,
      role: true,
      profileId: true,
      profile: { select: { firstName: true, lastName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    profileId: r.profileId,
    email: r.email,
    name: r.profile ? `${r.profile.firstName} ${r.profile.lastName}` : null,
  }));
}

export type ActorRow = Awaited<ReturnType<typeof findActors>>[number];
