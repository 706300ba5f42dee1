// The appointment book as staff read it (loadBook), through the real session
// gate: a day or a week (Monday to Sunday) of the clinic's local calendar, by
// practitioner, by site or for the whole clinic, every status listed. Days are
// cut at local midnight in America/Toronto, so a day is 23 h long in March and
// 25 h long in November, and a visit at 23:59 belongs to its own day, not to
// the next one.
// Stand-ins, as in staff-session.test.ts: where the session cookie comes from
// (no Next request here) and the request headers.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setClockForTests, todayIn } from "@/lib/clock";
import {
  createAppointment,
  createAppointmentType,
  createAvailabilityBlock,
  createClinic,
  createPractitioner,
  createProfile,
  createSite,
  createStaff,
} from "@/lib/demo/factories";
import type { AppointmentStatus } from "@/lib/db/enums";
import { localToUtc } from "@/lib/time/zoned";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "user-agent": "vitest" }),
}));

const { DAY_COLUMNS, loadBook } = await import("@/lib/appointment-book/loaders");

const TZ = "America/Toronto";
const PASSWORD = "Staff-book-view-2031";

/** A local wall-clock time in the clinic's zone (the first one, when the autumn change repeats it). */
function at(date: string, hhmm: string): Date {
  const instant = localToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)), TZ);
  if (!instant) throw new Error(`${date} ${hhmm} does not exist in ${TZ}`);
  return instant;
}

let staffEmail: string;
let P: string; // works at both sites
let Q: string; // Plateau only
let plateau: string;
let verdun: string;
let strangerPractitioner: string;
/** Fixture visits: key → id, and id → key. */
const appt: Record<string, string> = {};
const name: Record<string, string> = {};

/** The ids of a day's rows, named as in the fixture (so a failure says which visit is misplaced). */
const named = (rows: { id: string }[]) => rows.map((r) => name[r.id] ?? `unknown:${r.id}`);

beforeAll(async () => {
  // Loaders run with the real clock: the session gate measures the session's age with it.
  setClockForTests(undefined);
  // The first clinic is the app's clinic.
  const clinic = await createClinic({ timeZone: TZ });
  plateau = (await createSite(clinic.id, { nameEn: "Plateau" })).id;
  verdun = (await createSite(clinic.id, { nameEn: "Verdun" })).id;
  P = (await createPractitioner(clinic.id, { lastName: "Pelletier", siteIds: [plateau, verdun] }))
    .id;
  Q = (await createPractitioner(clinic.id, { lastName: "Quesnel", siteIds: [plateau] })).id;
  const typeId = (
    await createAppointmentType(clinic.id, { nameEn: "Follow-up", durationMinutes: 15 })
  ).id;
  const profileId = (await createProfile(clinic.id, { firstName: "Book" })).id;

  const add = async (
    key: string,
    practitionerId: string,
    siteId: string,
    startsAt: Date,
    status: AppointmentStatus = "booked",
    of = { profileId, typeId },
  ) => {
    const { id } = await createAppointment({ ...of, practitionerId, siteId, startsAt, status });
    appt[key] = id;
    name[id] = key;
  };
  // The week of Monday 3 February 2031 (standard time all week).
  await add("sun0202_2359", Q, plateau, at("2031-02-02", "23:59"));
  await add("mon0000", P, plateau, at("2031-02-03", "00:00"));
  await add("mon2359", Q, plateau, at("2031-02-03", "23:59"));
  await add("tue0000", P, plateau, at("2031-02-04", "00:00"));
  await add("tue0900", P, verdun, at("2031-02-04", "09:00"), "confirmed");
  await add("tue1000", Q, plateau, at("2031-02-04", "10:00"));
  await add("tue2359", Q, plateau, at("2031-02-04", "23:59"));
  await add("wed0000", P, plateau, at("2031-02-05", "00:00"));
  // Wednesday: one visit of every status; a cancelled visit stays listed next to the one that took its time.
  await add("wedBooked", P, plateau, at("2031-02-05", "09:00"), "booked");
  await add("wedConfirmed", P, plateau, at("2031-02-05", "09:30"), "confirmed");
  await add("wedCancelled", P, verdun, at("2031-02-05", "10:00"), "cancelled");
  await add("wedRebooked", P, verdun, at("2031-02-05", "10:00"), "booked");
  await add("wedCompleted", Q, plateau, at("2031-02-05", "08:00"), "completed");
  await add("wedNoShow", Q, plateau, at("2031-02-05", "08:30"), "noShow");
  await add("sun0209_2359", Q, plateau, at("2031-02-09", "23:59"));
  await add("mon0210_0000", P, plateau, at("2031-02-10", "00:00"));

  // Spring forward, Sunday 9 March 2031: 02:00 EST jumps to 03:00 EDT (a 23-hour day).
  await add("sat0308_2359", Q, plateau, at("2031-03-08", "23:59"));
  await add("sun0309_0000", P, plateau, at("2031-03-09", "00:00"));
  await add("sun0309_0300", Q, plateau, at("2031-03-09", "03:00"));
  await add("sun0309_2330", P, plateau, at("2031-03-09", "23:30"));
  await add("mon0310_0000", Q, plateau, at("2031-03-10", "00:00"));
  await add("mon0310_0030", P, plateau, at("2031-03-10", "00:30"));

  // Fall back, Sunday 2 November 2031: 02:00 EDT goes back to 01:00 EST (a 25-hour day).
  await add("mon1027_0000", P, plateau, at("2031-10-27", "00:00"));
  await add("sat1101_2359", Q, plateau, at("2031-11-01", "23:59"));
  await add("sun1102_0000", P, plateau, at("2031-11-02", "00:00"));
  await add("sun1102_0130edt", P, plateau, new Date("2031-11-02T05:30:00Z"));
  await add("sun1102_0130est", Q, plateau, new Date("2031-11-02T06:30:00Z"));
  await add("sun1102_2330", P, plateau, at("2031-11-02", "23:30"));
  await add("mon1103_0000", Q, plateau, at("2031-11-03", "00:00"));

  // Another clinic's visit on the same Tuesday: never part of this clinic's book.
  const other = await createClinic({ timeZone: TZ });
  const otherSite = (await createSite(other.id)).id;
  strangerPractitioner = (await createPractitioner(other.id, { siteIds: [otherSite] })).id;
  const otherType = (await createAppointmentType(other.id, { durationMinutes: 15 })).id;
  const otherProfile = (await createProfile(other.id)).id;
  await add("otherClinic", strangerPractitioner, otherSite, at("2031-02-04", "12:00"), "booked", {
    profileId: otherProfile,
    typeId: otherType,
  });

  staffEmail = uniqueEmail("book-staff");
  await createStaff({ email: staffEmail, password: PASSWORD });
  const { sessionCookie } = await signInWithNextAuth(staffEmail, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
});

type Book = Awaited<ReturnType<typeof loadBook>>;
const dayView = (date: string, show = "") =>
  loadBook({ view: "day", date, ...(show ? { show } : {}) });
const weekView = (date: string, show = "") =>
  loadBook({ view: "week", date, ...(show ? { show } : {}) });
const rowsOf = (book: Book) => book.days.flatMap((d) => named(d.rows));
/** Wednesday's 10:00 pair starts at the same instant (then ordered by id): compared as a set. */
const WED_10 = ["wedCancelled", "wedRebooked"];
const TUESDAY = ["tue0000", "tue0900", "tue1000", "tue2359"];

describe("day view", () => {
  it("lists the visits that start on that local day, from 00:00 to 23:59, none of the day before or after, none of another clinic", async () => {
    const book = await dayView("2031-02-04");
    expect(book.timeZone).toBe(TZ);
    expect(book.query).toEqual({
      view: "day",
      by: "practitioner",
      date: "2031-02-04",
      filterId: "",
      layout: "calendar",
      cols: 1,
    });
    expect(book.dates).toEqual(["2031-02-04"]);
    expect(book.days.map((d) => d.date)).toEqual(["2031-02-04"]);
    expect(named(book.days[0]!.rows)).toEqual(TUESDAY);
    expect({ previous: book.previous, next: book.next }).toEqual({
      previous: "2031-02-03",
      next: "2031-02-05",
    });
    // Monday 23:59 and Wednesday 00:00 are on their own days.
    expect(named((await dayView("2031-02-03")).days[0]!.rows)).toEqual(["mon0000", "mon2359"]);
    expect(named((await dayView("2031-02-05")).days[0]!.rows)[0]).toBe("wed0000");
  });

  it("by practitioner: only that practitioner's visits, at every site", async () => {
    const p = await dayView("2031-02-04", `practitioner:${P}`);
    expect(p.query).toMatchObject({ by: "practitioner", filterId: P });
    expect(rowsOf(p)).toEqual(["tue0000", "tue0900"]);
    expect(rowsOf(await dayView("2031-02-04", `practitioner:${Q}`))).toEqual([
      "tue1000",
      "tue2359",
    ]);
  });

  it("by site: every practitioner's visits at that site, and only those", async () => {
    const plateauDay = await dayView("2031-02-04", `site:${plateau}`);
    expect(plateauDay.query).toMatchObject({ by: "site", filterId: plateau });
    expect(rowsOf(plateauDay)).toEqual(["tue0000", "tue1000", "tue2359"]);
    expect(rowsOf(await dayView("2031-02-04", `site:${verdun}`))).toEqual(["tue0900"]);
    expect(rowsOf(await dayView("2031-02-05", `site:${verdun}`)).sort()).toEqual(WED_10);
  });

  it("a filter the clinic does not know (another clinic's practitioner, a practitioner given as a site) shows the whole clinic, and says so", async () => {
    for (const show of [
      `practitioner:${strangerPractitioner}`,
      `site:${P}`,
      `site:${strangerPractitioner}`,
      "nonsense",
    ]) {
      const book = await dayView("2031-02-04", show);
      expect(book.query.filterId, show).toBe("");
      expect(rowsOf(book), show).toEqual(TUESDAY);
    }
  });

  it("without, or with malformed, parameters: today's day view for everyone", async () => {
    const today = todayIn(TZ);
    for (const params of [
      {},
      { view: "month", date: "2031-02-30", show: "site:" },
      { view: ["week", "day"], date: "04/02/2031" },
    ]) {
      const book = await loadBook(params);
      expect(book.query.date, JSON.stringify(params)).toBe(today);
      expect(book.today).toBe(today);
      expect(book.query.filterId).toBe("");
    }
    expect((await loadBook({ view: "month" })).dates).toEqual([today]);
    // An array parameter takes its first value.
    expect((await loadBook({ view: ["week", "day"], date: "2031-02-04" })).dates).toHaveLength(7);
  });
});

describe("statuses", () => {
  it("lists every status, cancelled included next to the visit that took its time, in order of start", async () => {
    const rows = (await dayView("2031-02-05")).days[0]!.rows;
    expect(named(rows).slice(0, 5)).toEqual([
      "wed0000",
      "wedCompleted",
      "wedNoShow",
      "wedBooked",
      "wedConfirmed",
    ]);
    expect(named(rows).slice(5).sort()).toEqual(WED_10);
    expect(Object.fromEntries(rows.map((r) => [name[r.id], r.status]))).toEqual({
      wed0000: "booked",
      wedCompleted: "completed",
      wedNoShow: "noShow",
      wedBooked: "booked",
      wedConfirmed: "confirmed",
      wedCancelled: "cancelled",
      wedRebooked: "booked",
    });
    expect(rows.find((r) => r.id === appt.wedCancelled)).toMatchObject({
      site: { nameEn: "Verdun" },
      practitioner: { lastName: "Pelletier" },
      type: { nameEn: "Follow-up" },
    });
  });
});

describe("week view", () => {
  it("runs from Monday 00:00 to Sunday 23:59 of the date's week, each visit under its local day", async () => {
    const book = await weekView("2031-02-06");
    expect(book.query).toMatchObject({ view: "week", date: "2031-02-06" });
    expect(book.dates).toEqual([
      "2031-02-03",
      "2031-02-04",
      "2031-02-05",
      "2031-02-06",
      "2031-02-07",
      "2031-02-08",
      "2031-02-09",
    ]);
    expect({ previous: book.previous, next: book.next }).toEqual({
      previous: "2031-01-27",
      next: "2031-02-10",
    });
    const byDay = book.days.map((d) => named(d.rows));
    expect(byDay[0]).toEqual(["mon0000", "mon2359"]);
    expect(byDay[1]).toEqual(TUESDAY);
    expect(byDay[2]).toHaveLength(7);
    expect(byDay.slice(3, 6)).toEqual([[], [], []]);
    expect(byDay[6]).toEqual(["sun0209_2359"]);
    // The Sunday before and the Monday after belong to the neighbouring weeks.
    expect(rowsOf(book)).not.toContain("sun0202_2359");
    expect(rowsOf(book)).not.toContain("mon0210_0000");
    expect(rowsOf(await weekView("2031-02-10"))[0]).toBe("mon0210_0000");
    expect(rowsOf(await weekView("2031-02-02"))).toEqual(["sun0202_2359"]);
  });

  it("is the same week whichever of its days is asked, Monday or Sunday", async () => {
    for (const date of ["2031-02-03", "2031-02-09"]) {
      const book = await weekView(date);
      expect(book.dates[0], date).toBe("2031-02-03");
      expect(rowsOf(book), date).toEqual(rowsOf(await weekView("2031-02-06")));
    }
  });

  it("filters by practitioner and by site over the whole week", async () => {
    expect(rowsOf(await weekView("2031-02-06", `site:${verdun}`)).sort()).toEqual(
      ["tue0900", ...WED_10].sort(),
    );
    expect(rowsOf(await weekView("2031-02-06", `practitioner:${Q}`))).toEqual([
      "mon2359",
      "tue1000",
      "tue2359",
      "wedCompleted",
      "wedNoShow",
      "sun0209_2359",
    ]);
  });
});

describe("days that cross a daylight-saving change (America/Toronto)", () => {
  it("spring forward: the 23-hour Sunday 9 March runs from 00:00 EST to 23:59 EDT", async () => {
    expect(rowsOf(await dayView("2031-03-09"))).toEqual([
      "sun0309_0000",
      "sun0309_0300",
      "sun0309_2330",
    ]);
    // Monday 00:00 EDT is 04:00Z, an hour before "Sunday 00:00 EST + 24 h": it is Monday's.
    expect(rowsOf(await dayView("2031-03-10"))).toEqual(["mon0310_0000", "mon0310_0030"]);
    expect(rowsOf(await dayView("2031-03-08"))).toEqual(["sat0308_2359"]);
  });

  it("fall back: the 25-hour Sunday 2 November holds both 01:30s and its 23:30 EST", async () => {
    expect(rowsOf(await dayView("2031-11-02"))).toEqual([
      "sun1102_0000",
      "sun1102_0130edt",
      "sun1102_0130est",
      "sun1102_2330",
    ]);
    expect(rowsOf(await dayView("2031-11-03"))).toEqual(["mon1103_0000"]);
    expect(rowsOf(await dayView("2031-11-01"))).toEqual(["sat1101_2359"]);
  });

  it("a week ending on the fall-back Sunday ends at Monday 00:00 EST, not 7 × 24 h after it began", async () => {
    const book = await weekView("2031-10-30");
    expect(book.dates).toEqual([
      "2031-10-27",
      "2031-10-28",
      "2031-10-29",
      "2031-10-30",
      "2031-10-31",
      "2031-11-01",
      "2031-11-02",
    ]);
    const byDay = book.days.map((d) => named(d.rows));
    expect(byDay[0]).toEqual(["mon1027_0000"]);
    expect(byDay[5]).toEqual(["sat1101_2359"]);
    expect(byDay[6]).toEqual([
      "sun1102_0000",
      "sun1102_0130edt",
      "sun1102_0130est",
      "sun1102_2330",
    ]);
    expect(rowsOf(book)).not.toContain("mon1103_0000");
    expect(book.next).toBe("2031-11-03");
  });

  it("a week ending on the spring-forward Sunday ends at Monday 00:00 EDT", async () => {
    const book = await weekView("2031-03-05");
    expect(book.dates[0]).toBe("2031-03-03");
    expect(book.days.map((d) => named(d.rows)).slice(5)).toEqual([
      ["sat0308_2359"],
      ["sun0309_0000", "sun0309_0300", "sun0309_2330"],
    ]);
    expect(rowsOf(book)).not.toContain("mon0310_0000");
  });
});

describe("a period with more visits than a page shows", () => {
  it("shows the first 500 in order and says so; narrowed to one practitioner it shows them all and says nothing", async () => {
    const { db } = await import("@/lib/db/client");
    const sample = await db().appointment.findUniqueOrThrow({
      where: { id: appt.mon0000! },
      select: { profileId: true, typeId: true },
    });
    // The week of Monday 5 January 2032: P and Q back to back, 15 minutes each, 06:00–22:00 for four days.
    const hhmm = (minute: number) =>
      `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
    const visits = ["2032-01-05", "2032-01-06", "2032-01-07", "2032-01-08"].flatMap((date) =>
      [P, Q].flatMap((practitionerId) =>
        Array.from({ length: 64 }, (_, i) => {
          const startsAt = at(date, hhmm(6 * 60 + i * 15));
          return {
            ...sample,
            practitionerId,
            siteId: plateau,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 15 * 60_000),
          };
        }),
      ),
    );
    await db().appointment.createMany({ data: visits });
    expect(visits.length).toBeGreaterThan(500);

    const week = await weekView("2032-01-05");
    expect(week.truncated).toBe(true);
    const shown = week.days.flatMap((d) => d.rows);
    expect(shown).toHaveLength(500);
    const starts = shown.map((r) => r.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const onlyP = await weekView("2032-01-05", `practitioner:${P}`);
    expect(onlyP.truncated).toBe(false);
    expect(onlyP.days.flatMap((d) => d.rows)).toHaveLength(
      visits.filter((v) => v.practitionerId === P).length,
    );
    expect((await weekView("2031-02-03")).truncated).toBe(false);
  });
});

describe("the calendar", () => {
  let roux: string;
  const columnsOf = (book: Book) =>
    book.calendar!.columns.map((c) => `${c.practitioner.lastName} ${c.date}`);
  const visitsOf = (book: Book, column: number) =>
    book.calendar!.columns[column]!.visits.map((v) => ({
      key: name[v.row.id],
      at: `${v.place.hour}:${v.place.step}`,
      lanes: v.lanes,
    }));

  beforeAll(async () => {
    const clinic = await import("@/lib/clinic/data");
    const clinicId = (await clinic.findClinic())!.id;
    // Roux works Wednesdays at Verdun and has no visit that week.
    roux = (await createPractitioner(clinicId, { lastName: "Roux", siteIds: [verdun] })).id;
    const typeId = (await createAppointmentType(clinicId, { durationMinutes: 15 })).id;
    await createAvailabilityBlock({
      practitionerId: roux,
      siteId: verdun,
      weekday: 3,
      from: "07:30",
      to: "11:00",
      validFrom: "2031-01-01",
      typeIds: [typeId],
    });
  });

  it("a day: a column per practitioner who is booked or works that day, visits at their wall-clock time, overlapping ones side by side", async () => {
    const wednesday = await dayView("2031-02-05");
    expect(columnsOf(wednesday)).toEqual([
      "Pelletier 2031-02-05",
      "Quesnel 2031-02-05",
      "Roux 2031-02-05",
    ]);
    // Pelletier's day starts at midnight (wed0000): the axis runs from 0:00.
    expect(wednesday.calendar!.axis).toEqual({ from: 0, to: 18 });
    expect(visitsOf(wednesday, 0).sort((a, b) => (a.key ?? "").localeCompare(b.key ?? ""))).toEqual(
      [
        { key: "wed0000", at: "0:0", lanes: 1 },
        { key: "wedBooked", at: "9:0", lanes: 1 },
        { key: "wedCancelled", at: "10:0", lanes: 2 },
        { key: "wedConfirmed", at: "9:6", lanes: 1 },
        { key: "wedRebooked", at: "10:0", lanes: 2 },
      ],
    );
    expect(wednesday.calendar!.columns[2]!.visits).toEqual([]);
    expect(wednesday.calendar!.columns[2]!.working).toEqual([
      { hour: 7, step: 6, hours: 3, steps: 6 },
    ]);
    // Tuesday: nobody works (no weekly hours), so only the booked practitioners.
    expect(columnsOf(await dayView("2031-02-04"))).toEqual([
      "Pelletier 2031-02-04",
      "Quesnel 2031-02-04",
    ]);
  });

  it("a day at one site: the practitioners booked or working there, on an axis widened to their hours", async () => {
    const verdunDay = await dayView("2031-02-05", `site:${verdun}`);
    expect(columnsOf(verdunDay)).toEqual(["Pelletier 2031-02-05", "Roux 2031-02-05"]);
    expect(verdunDay.calendar!.axis).toEqual({ from: 7, to: 18 });
    expect(visitsOf(verdunDay, 0).map((v) => v.at)).toEqual(["3:0", "3:0"]);
    expect(columnsOf(await dayView("2031-02-05", `site:${plateau}`))).toEqual([
      "Pelletier 2031-02-05",
      "Quesnel 2031-02-05",
    ]);
  });

  it("a week: seven columns of one practitioner; for everyone or a site, no calendar but the list, and a word to choose someone", async () => {
    const week = await weekView("2031-02-06", `practitioner:${roux}`);
    expect(week.needsPractitioner).toBe(false);
    expect(columnsOf(week)).toEqual(week.dates.map((d) => `Roux ${d}`));
    expect(week.calendar!.columns.map((c) => c.working.length)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    for (const show of ["", `site:${verdun}`]) {
      const book = await weekView("2031-02-06", show);
      expect(book.calendar, show).toBeNull();
      expect(book.needsPractitioner, show).toBe(true);
      expect(book.days, show).toHaveLength(7);
    }
    const list = await loadBook({ view: "day", date: "2031-02-05", layout: "list" });
    expect(list.query.layout).toBe("list");
    expect(list.calendar).toBeNull();
  });

  it("the fall-back Sunday: both 1:30 visits on the 1:30 line, each in its practitioner's column", async () => {
    const sunday = await dayView("2031-11-02");
    expect(sunday.calendar!.axis.from).toBe(0);
    expect(visitsOf(sunday, 0).find((v) => v.key === "sun1102_0130edt")?.at).toBe("1:6");
    expect(visitsOf(sunday, 1).find((v) => v.key === "sun1102_0130est")?.at).toBe("1:6");
  });

  it(`a day of more than ${DAY_COLUMNS} practitioners shows them ${DAY_COLUMNS} at a time, in name order, paged by cols`, async () => {
    // Ten practitioners work Friday 7 March 2031 at Plateau (nobody else works or is booked then).
    const clinic = await import("@/lib/clinic/data");
    const clinicId = (await clinic.findClinic())!.id;
    const typeId = (await createAppointmentType(clinicId, { durationMinutes: 15 })).id;
    const names = Array.from({ length: 10 }, (_, i) => `Team${String(i + 1).padStart(2, "0")}`);
    for (const lastName of names) {
      const { id } = await createPractitioner(clinicId, { lastName, siteIds: [plateau] });
      await createAvailabilityBlock({
        practitionerId: id,
        siteId: plateau,
        weekday: 5,
        from: "09:00",
        to: "12:00",
        validFrom: "2031-03-01",
        validUntil: "2031-03-31",
        typeIds: [typeId],
      });
    }
    const page = (cols?: string) =>
      loadBook({ view: "day", date: "2031-03-07", ...(cols ? { cols } : {}) });
    const first = await page();
    expect(columnsOf(first)).toEqual(names.slice(0, DAY_COLUMNS).map((n) => `${n} 2031-03-07`));
    expect(first.calendar!.paging).toEqual({
      page: 1,
      pages: 2,
      first: 1,
      last: DAY_COLUMNS,
      total: 10,
    });
    const second = await page("2");
    expect(columnsOf(second)).toEqual(names.slice(DAY_COLUMNS).map((n) => `${n} 2031-03-07`));
    expect(second.calendar!.paging).toMatchObject({ page: 2, first: DAY_COLUMNS + 1, last: 10 });
    // A page past the last is the last; a malformed one is the first.
    expect((await page("99")).calendar!.paging.page).toBe(2);
    expect((await page("-1")).calendar!.paging.page).toBe(1);
    // A practitioner's week is never paged.
    const week = await loadBook({
      view: "week",
      date: "2031-03-07",
      show: `practitioner:${roux}`,
      cols: "2",
    });
    expect(week.calendar!.columns).toHaveLength(7);
    expect(week.calendar!.paging).toMatchObject({ page: 1, pages: 1 });
  });
});
