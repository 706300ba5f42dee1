import "server-only";
// Loaders of the appointment book, of staff booking and of the scheduling
// settings: the session gate first (patients get a 404, AC-6; settings are for
// admins), then the clinic's rows; another clinic's, or none, is a 404.
import { notFound } from "next/navigation";
import { listPatients } from "@/lib/admin/patients";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { findAppointmentView, listProfileAppointments } from "@/lib/appointments/data";
import { requireStaffClinic } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import { firstWeekWithSlot, searchSlots } from "@/lib/scheduling/search";
import {
  addDays,
  isLocalDate,
  localDateOf,
  localToUtc,
  type LocalDate,
  mondayOf,
} from "@/lib/time/zoned";
import {
  appointmentClinicId,
  BOOK_PAGE_LIMIT,
  findProfileForBooking,
  listBook,
  listBookChoices,
  listBookingChoices,
  listWorkingBlocks,
} from "./data";
import { buildCalendar, workingSpans } from "./calendar";
import { parseBookQuery } from "./schema";

type Params = Record<string, string | string[] | undefined>;

const practitionerDto = (p: {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
}) => ({ id: p.id, title: p.title, firstName: p.firstName, lastName: p.lastName });

const midnight = (date: LocalDate, timeZone: string) =>
  localToUtc(date, 0, timeZone) ?? new Date(`${date}T00:00:00Z`);

/**
 * A day or a week of appointments, by practitioner or by site (or the whole
 * clinic when none is chosen), and the same rows as a calendar: a day has a
 * column per practitioner who works or is booked that day, a week needs one
 * practitioner (`calendar` is null otherwise, and for the list layout).
 */
export async function loadBook(params: Params) {
  const { clinicId } = await requireStaffClinic();
  const settings = await findSchedulingSettings();
  const at = now();
  const today = localDateOf(at, settings.timeZone);
  const query = parseBookQuery(params, today);
  const from = query.view === "week" ? mondayOf(query.date) : query.date;
  const days = query.view === "week" ? 7 : 1;
  const choices = await listBookChoices(clinicId);
  const known =
    query.by === "practitioner"
      ? choices.practitioners.some((p) => p.id === query.filterId)
      : choices.sites.some((s) => s.id === query.filterId);
  const filterId = known ? query.filterId : "";
  const practitionerId = query.by === "practitioner" && filterId ? filterId : undefined;
  const siteId = query.by === "site" && filterId ? filterId : undefined;
  const found = await listBook({
    clinicId,
    from: midnight(from, settings.timeZone),
    to: midnight(addDays(from, days), settings.timeZone),
    practitionerId,
    siteId,
  });
  const truncated = found.length > BOOK_PAGE_LIMIT;
  const rows = truncated ? found.slice(0, BOOK_PAGE_LIMIT) : found;
  const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
  const byDay = dates.map((date) => ({
    date,
    rows: rows.filter((r) => localDateOf(r.startsAt, settings.timeZone) === date),
  }));
  const needsPractitioner = query.view === "week" && !practitionerId;
  const calendar =
    query.layout === "calendar" && !needsPractitioner
      ? await calendarOf({
          clinicId,
          days: byDay,
          practitionerId,
          siteId,
          practitioners: choices.practitioners,
          timeZone: settings.timeZone,
          now: at,
          today,
          page: query.cols,
        })
      : null;
  return {
    truncated,
    timeZone: settings.timeZone,
    query: { ...query, filterId },
    today,
    dates,
    previous: addDays(from, -days),
    next: addDays(from, days),
    choices: { practitioners: choices.practitioners.map(practitionerDto), sites: choices.sites },
    days: byDay,
    needsPractitioner,
    calendar,
  };
}

type BookRow = Awaited<ReturnType<typeof listBook>>[number];

/**
 * How many practitioners a day's calendar shows side by side: more are paged.
 * Fifty columns made a 650 kB page no screen shows at once (npm run bench:pages).
 */
export const DAY_COLUMNS = 8;

/**
 * The calendar of a day (its practitioners side by side, DAY_COLUMNS at a
 * time: `page` chooses which) or of one practitioner's week.
 */
async function calendarOf(input: {
  clinicId: string;
  days: { date: LocalDate; rows: BookRow[] }[];
  practitionerId?: string;
  siteId?: string;
  practitioners: { id: string; title: string; firstName: string; lastName: string }[];
  timeZone: string;
  now: Date;
  today: LocalDate;
  page: number;
}) {
  const { days, practitionerId } = input;
  const blocks = await listWorkingBlocks({
    clinicId: input.clinicId,
    from: days[0]!.date,
    to: days.at(-1)!.date,
    practitionerId,
    siteId: input.siteId,
  });
  const all = practitionerId
    ? days.map(({ date }) => ({ practitionerId, date }))
    : input.practitioners
        .filter(
          (p) =>
            days[0]!.rows.some((r) => r.practitionerId === p.id) ||
            workingSpans(blocks, p.id, days[0]!.date).length > 0,
        )
        .map((p) => ({ practitionerId: p.id, date: days[0]!.date }));
  const size = practitionerId ? all.length : DAY_COLUMNS;
  const pages = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(input.page, pages);
  const columns = all.slice((page - 1) * size, page * size);
  const calendar = buildCalendar({ ...input, columns, blocks });
  const names = new Map(input.practitioners.map((p) => [p.id, practitionerDto(p)]));
  return {
    ...calendar,
    columns: calendar.columns.map((c) => ({ ...c, practitioner: names.get(c.practitionerId)! })),
    /** Which practitioners of the day these are: `first`–`last` of `total`, page `page` of `pages`. */
    paging: {
      page,
      pages,
      first: (page - 1) * size + 1,
      last: (page - 1) * size + columns.length,
      total: all.length,
    },
  };
}

/** One appointment with what staff may do with it now. */
export async function loadBookAppointment(appointmentId: string) {
  const { clinicId } = await requireStaffClinic();
  if ((await appointmentClinicId(appointmentId)) !== clinicId) notFound();
  const [appointment, settings] = await Promise.all([
    findAppointmentView(appointmentId),
    findSchedulingSettings(),
  ]);
  if (!appointment) notFound();
  const at = now();
  const active = appointment.status === "booked" || appointment.status === "confirmed";
  const started = appointment.startsAt.getTime() <= at.getTime();
  return {
    appointment,
    timeZone: settings.timeZone,
    canCancel: active,
    canRecordAttendance: started && appointment.status !== "cancelled",
  };
}

/** Staff booking: the patient search, then specialty/practitioner/type, then a week of slots (staff see every active type). */
export async function loadStaffBooking(params: Params) {
  const { account, clinicId } = await requireStaffClinic();
  const one = (key: string) => {
    const v = params[key];
    return ((Array.isArray(v) ? v[0] : v) ?? "").trim().slice(0, 100);
  };
  const settings = await findSchedulingSettings();
  const today = localDateOf(now(), settings.timeZone);
  const q = one("q");
  const profile = one("profileId") ? await findProfileForBooking(clinicId, one("profileId")) : null;
  const search = !profile && q ? await listPatients(account, { query: q, page: 1 }) : null;
  const choices = await listBookingChoices(clinicId);
  const specialtyId = choices.specialties.some((s) => s.id === one("specialtyId"))
    ? one("specialtyId")
    : "";
  const practitioners = specialtyId
    ? choices.practitioners.filter((p) => p.specialties.some((s) => s.specialtyId === specialtyId))
    : choices.practitioners;
  const practitionerId = practitioners.some((p) => p.id === one("practitionerId"))
    ? one("practitionerId")
    : "";
  const types = choices.types.filter(
    (t) =>
      (!specialtyId ||
        t.specialtyId === specialtyId ||
        (t.specialtyId === null && t.practitionerId === null)) &&
      (!practitionerId || t.practitionerId === null || t.practitionerId === practitionerId),
  );
  const typeId = types.some((t) => t.id === one("typeId")) ? one("typeId") : "";
  let week: LocalDate | null = null;
  let slots: Awaited<ReturnType<typeof searchSlots>> = [];
  if (profile && typeId) {
    const asked = one("week");
    week = isLocalDate(asked)
      ? mondayOf(asked)
      : ((await firstWeekWithSlot({
          typeId,
          practitionerId: practitionerId || undefined,
          audience: "staff",
          after: today,
        })) ?? mondayOf(today));
    slots = await searchSlots({
      typeId,
      practitionerId: practitionerId || undefined,
      from: week,
      days: 7,
      audience: "staff",
    });
  }
  return {
    timeZone: settings.timeZone,
    today,
    q,
    profile: profile
      ? {
          id: profile.id,
          name: `${profile.firstName} ${profile.lastName}`,
          dateOfBirth: profile.dateOfBirth.toISOString().slice(0, 10),
          sex: profile.sex,
        }
      : null,
    patients: search?.rows ?? null,
    specialties: choices.specialties,
    practitioners: practitioners.map(practitionerDto),
    allPractitioners: choices.practitioners.map(practitionerDto),
    types,
    selection: { specialtyId, practitionerId, typeId },
    week,
    days: week ? Array.from({ length: 7 }, (_, i) => addDays(week!, i)) : [],
    slots,
    sites: (await listBookChoices(clinicId)).sites,
  };
}

export async function loadSchedulingSettings() {
  await requireStaffClinic({ admin: true });
  const settings = await loadClinic();
  if (!settings) notFound();
  return settings;
}

/** How many visits of each list a staff record shows (the appointment book has the rest). */
export const RECORD_VISITS = 50;

/** A patient's appointments on their staff record: upcoming soonest first, then the latest past ones, each with its total. */
export async function loadPatientAppointments(profileId: string) {
  const { clinicId } = await requireStaffClinic();
  const id = profileId.length <= 64 ? await authorizeClinicProfile(clinicId, profileId) : null;
  if (!id) notFound();
  const [list, settings] = await Promise.all([
    listProfileAppointments(id, now(), { upcoming: 1, past: 1 }, RECORD_VISITS),
    findSchedulingSettings(),
  ]);
  return { ...list, timeZone: settings.timeZone };
}
