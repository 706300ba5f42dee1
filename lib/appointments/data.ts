import "server-only";
// Reads of appointments. Patient-facing reads take an AuthorizedProfileId
// (lib/access): the type makes it impossible to list another person's visits
// without passing the access check first.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { type Db, db, type DbClient } from "@/lib/db/client";
import { hashSecret } from "@/lib/tokens/secret";

const HOUR_MS = 3_600_000;

export const appointmentView = {
  id: true,
  profileId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  reason: true,
  clinicNote: true,
  cancelReason: true,
  cancelledBy: true,
  cancelledAt: true,
  confirmedAt: true,
  createdAt: true,
  profile: { select: { firstName: true, lastName: true } },
  practitioner: {
    select: {
      id: true,
      title: true,
      firstName: true,
      lastName: true,
      specialties: { select: { specialty: { select: { nameEn: true, nameFr: true } } } },
    },
  },
  site: {
    select: {
      id: true,
      nameEn: true,
      nameFr: true,
      kind: true,
      addressLine: true,
      city: true,
      postalCode: true,
      phone: true,
    },
  },
  type: { select: { id: true, nameEn: true, nameFr: true, durationMinutes: true, kind: true } },
} as const;

/** Everything a page or an email shows of one appointment. */
export async function findAppointmentView(appointmentId: string, client: DbClient = db()) {
  return client.appointment.findUnique({ where: { id: appointmentId }, select: appointmentView });
}
export type AppointmentView = NonNullable<Awaited<ReturnType<typeof findAppointmentView>>>;

/** One appointment of a profile the caller was authorized for (null when it is not theirs). */
export async function findProfileAppointment(
  profileId: AuthorizedProfileId,
  appointmentId: string,
) {
  return db().appointment.findFirst({
    where: { id: appointmentId, profileId },
    select: appointmentView,
  });
}

/** What a row of the Appointments tab shows; the rest is on the appointment's own page. */
export const appointmentRow = {
  id: true,
  status: true,
  startsAt: true,
  practitioner: {
    select: {
      title: true,
      firstName: true,
      lastName: true,
      specialties: { select: { specialty: { select: { nameEn: true, nameFr: true } } } },
    },
  },
  site: { select: { nameEn: true, nameFr: true } },
  type: { select: { nameEn: true, nameFr: true } },
} as const;

export const APPOINTMENTS_PER_PAGE = 10;

export type AppointmentPages = { upcoming: number; past: number };

/**
 * One page of a profile's upcoming appointments (soonest first) and one of its
 * past ones (latest first), with their totals; a page past the end shows the last.
 */
export async function listProfileAppointments(
  profileId: AuthorizedProfileId,
  at: Date,
  pages: AppointmentPages = { upcoming: 1, past: 1 },
  perPage = APPOINTMENTS_PER_PAGE,
) {
  const upcomingWhere = { profileId, startsAt: { gt: at } };
  const pastWhere = { profileId, startsAt: { lte: at } };
  const [upcomingTotal, pastTotal] = await Promise.all([
    db().appointment.count({ where: upcomingWhere }),
    db().appointment.count({ where: pastWhere }),
  ]);
  const pageOf = (requested: number, total: number) => {
    const last = Math.max(1, Math.ceil(total / perPage));
    return { page: Math.min(Math.max(1, Math.floor(requested) || 1), last), pages: last, total };
  };
  const upcoming = pageOf(pages.upcoming, upcomingTotal);
  const past = pageOf(pages.past, pastTotal);
  const [upcomingRows, pastRows] = await Promise.all([
    db().appointment.findMany({
      where: upcomingWhere,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      skip: (upcoming.page - 1) * perPage,
      take: perPage,
      select: appointmentRow,
    }),
    db().appointment.findMany({
      where: pastWhere,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (past.page - 1) * perPage,
      take: perPage,
      select: appointmentRow,
    }),
  ]);
  return { upcoming: { ...upcoming, rows: upcomingRows }, past: { ...past, rows: pastRows } };
}
export type AppointmentRow = Awaited<
  ReturnType<typeof listProfileAppointments>
>["upcoming"]["rows"][number];

/** Upcoming active appointments of several (already authorized) profiles: the dashboard list. */
export async function listUpcomingForProfiles(
  profileIds: AuthorizedProfileId[],
  at: Date,
  take = 20,
) {
  if (profileIds.length === 0) return [];
  return db().appointment.findMany({
    where: {
      profileId: { in: profileIds },
      startsAt: { gt: at },
      status: { in: ["booked", "confirmed"] },
    },
    orderBy: { startsAt: "asc" },
    take,
    select: appointmentView,
  });
}

/** Who made a booking: a staff account is the clinic; a patient account is the patient or a proxy. */
export async function findBooker(accountId: string, client: DbClient = db()) {
  return client.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      role: true,
      profileId: true,
      profile: { select: { firstName: true, lastName: true } },
    },
  });
}
export type Booker = NonNullable<Awaited<ReturnType<typeof findBooker>>>;

const linkTokenSelect = {
  id: true,
  appointmentId: true,
  accountId: true,
  action: true,
  expiresAt: true,
  usedAt: true,
  account: { select: { id: true, role: true, status: true } },
  appointment: { select: { id: true, profileId: true, status: true, startsAt: true } },
} as const;

/** An emailed confirm/cancel link's token, with its account and appointment. */
export async function findLinkToken(secret: string) {
  return db().appointmentLinkToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: linkTokenSelect,
  });
}

/**
 * The active appointments starting within the largest lead whose latest due
 * reminder is not sent yet (what remindersDue decides): with leads 24 < 72,
 * those starting in (at, at+24h] without 24, and those in (at+24h, at+72h]
 * without 72. Already reminded ones never fill the batch, however busy the
 * clinic. Uses the (status, startsAt) index.
 */
export async function listReminderCandidates(
  at: Date,
  leads: number[],
  take: number,
  client: Db = db(),
) {
  const sorted = [...new Set(leads)].sort((a, b) => a - b);
  const bands = sorted.map((lead, i) => ({
    startsAt: {
      gt: new Date(at.getTime() + (i === 0 ? 0 : sorted[i - 1]!) * HOUR_MS),
      lte: new Date(at.getTime() + lead * HOUR_MS),
    },
    NOT: { remindersSent: { has: lead } },
  }));
  return client.appointment.findMany({
    where: { status: { in: ["booked", "confirmed"] }, OR: bands },
    select: { id: true, startsAt: true, remindersSent: true },
    orderBy: { startsAt: "asc" },
    take,
  });
}
