// The weekly editor's save on a real database: a week creates exactly its
// blocks; saving it again with one change changes only that block, with one
// audit row holding before/after; overlapping ranges are refused with nothing
// saved; a week that leaves a booked appointment outside names it before
// saving; only the clinic's staff may save (a patient is refused at the gate
// and by the use case; another clinic's practitioner or site is not found).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { searchSlots } from "@/lib/scheduling/search";
import type { WeekDays, WeekInput } from "@/lib/availability/week";
import { uniqueEmail } from "../harness";
import { bookingClinic, localAt, type BookingClinic } from "../appointments/fixture";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));
vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "user-agent": "vitest" }),
}));

const { replaceWeek } = await import("@/lib/availability/mutations");
const { saveWeekAction } = await import("@/lib/availability/actions");

const PASSWORD = "Week-editor-test-2026";
const req = { ip: "198.51.100.8", userAgent: "vitest", requestId: "req-week" };
// The fixture's clock: Monday 3 February 2031, 08:00 local.
const MONDAY = "2031-02-10";
const WEDNESDAY = "2031-02-12";

let fx: BookingClinic;
let staff: { id: string; role: "staff" };
let practitionerId: string;

const h = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const range = (from: string, to: string, typeIds: string[]) => ({
  start: h(from),
  end: h(to),
  typeIds,
});
const weekOf = (days: Partial<Record<number, ReturnType<typeof range>[]>>): WeekDays =>
  Array.from({ length: 7 }, (_, d) => days[d] ?? []);
const input = (days: WeekDays, over: Partial<WeekInput> = {}): WeekInput => ({
  practitionerId,
  siteId: fx.site.id,
  validFrom: "2031-02-01",
  validUntil: null,
  days,
  acknowledge: false,
  ...over,
});

async function blocks() {
  const rows = await db().availabilityBlock.findMany({
    where: { practitionerId },
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
    select: {
      id: true,
      weekday: true,
      startMinute: true,
      endMinute: true,
      validFrom: true,
      validUntil: true,
      types: { select: { typeId: true } },
    },
  });
  return rows.map((b) => ({
    ...b,
    validFrom: b.validFrom.toISOString().slice(0, 10),
    types: b.types.map((t) => t.typeId).sort(),
  }));
}

const weekAudits = () =>
  db().auditEvent.findMany({
    where: { resourceId: practitionerId, action: "availability.week.save" },
    orderBy: { id: "asc" },
    select: { actorAccountId: true, outcome: true, requestId: true, detail: true },
  });

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const value of [v].flat()) data.append(k, value);
  return data;
};

async function signIn(email: string) {
  const { sessionCookie } = await signInWithNextAuth(email, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

beforeAll(async () => {
  fx = await bookingClinic();
  const staffAccount = await factories.createStaff({
    email: uniqueEmail("week-staff"),
    password: PASSWORD,
  });
  staff = { id: staffAccount.id, role: "staff" };
  const practitioner = await factories.createPractitioner(fx.clinic.id, {
    lastName: "Tremblay",
    specialtyIds: [fx.specialty.id],
    siteIds: [fx.site.id],
  });
  practitionerId = practitioner.id;
});
afterEach(() => {
  request.cookies = {};
});
afterAll(() => setClockForTests(undefined));

const firstWeek = () =>
  weekOf({
    1: [
      range("13:00", "15:00", [fx.type15.id, fx.type30.id]),
      range("09:00", "12:00", [fx.type15.id]),
    ],
    3: [range("09:00", "12:00", [fx.type30.id])],
  });

describe("saving a week", () => {
  it("creates exactly the blocks of the week, which open their slots, with one audit row", async () => {
    const result = await replaceWeek(staff, input(firstWeek()), req);
    expect(result.ok && result.data).toMatchObject({
      saved: true,
      conflicts: [],
      changes: { removed: [], changed: [] },
    });
    expect(result.ok && result.data.changes.added).toHaveLength(3);
    expect((await blocks()).map(({ id, ...b }) => (expect(id).toBeTruthy(), b))).toEqual([
      {
        weekday: 1,
        startMinute: 540,
        endMinute: 720,
        validFrom: "2031-02-01",
        validUntil: null,
        types: [fx.type15.id],
      },
      {
        weekday: 1,
        startMinute: 780,
        endMinute: 900,
        validFrom: "2031-02-01",
        validUntil: null,
        types: [fx.type15.id, fx.type30.id].sort(),
      },
      {
        weekday: 3,
        startMinute: 540,
        endMinute: 720,
        validFrom: "2031-02-01",
        validUntil: null,
        types: [fx.type30.id],
      },
    ]);
    const slots = await searchSlots({
      typeId: fx.type15.id,
      practitionerId,
      from: MONDAY,
      days: 1,
      audience: "staff",
    });
    expect(slots[0]?.startsAt.toISOString()).toBe(localAt(MONDAY, "09:00").toISOString());
    expect(await weekAudits()).toMatchObject([
      {
        actorAccountId: staff.id,
        outcome: "success",
        requestId: req.requestId,
        detail: { siteId: fx.site.id, added: 3, removed: 0, changed: 0, uncoveredAppointments: 0 },
      },
    ]);
  });

  it("the same week saved again writes nothing; one changed range changes only that block", async () => {
    const before = await blocks();
    const same = await replaceWeek(staff, input(firstWeek()), req);
    expect(same.ok && same.data.changes).toEqual({ added: [], removed: [], changed: [] });
    expect(await blocks()).toEqual(before);
    expect(await weekAudits()).toHaveLength(1);

    const week = firstWeek();
    week[3] = [range("09:00", "13:00", [fx.type30.id])];
    const result = await replaceWeek(staff, input(week), req);
    expect(result.ok && result.data.changes).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          before: expect.objectContaining({ weekday: 3, start: 540, end: 720 }),
          after: expect.objectContaining({ weekday: 3, start: 540, end: 780 }),
        },
      ],
    });
    const after = await blocks();
    // The same rows: Monday's untouched, Wednesday's updated in place.
    expect(after.map((b) => b.id)).toEqual(before.map((b) => b.id));
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual({ ...before[2], endMinute: 780 });
    const audits = await weekAudits();
    expect(audits).toHaveLength(2);
    expect(audits[1]!.detail).toEqual({
      siteId: fx.site.id,
      added: 0,
      removed: 0,
      changed: 1,
      blocks: {
        before: `3 09:00-12:00 [${fx.type30.id}] 2031-02-01..`,
        after: `3 09:00-13:00 [${fx.type30.id}] 2031-02-01..`,
      },
      uncoveredAppointments: 0,
    });
  });
});

describe("a week that leaves a booked appointment outside", () => {
  it("names it and saves nothing until acknowledged; then saves, and it stays booked", async () => {
    const appt = await factories.createAppointment({
      profileId: fx.profileId,
      practitionerId,
      siteId: fx.site.id,
      typeId: fx.type30.id,
      startsAt: localAt(WEDNESDAY, "12:00"),
    });
    const before = await blocks();
    const week = firstWeek(); // Wednesday back to 09:00–12:00: 12:00–12:30 falls outside.
    const first = await replaceWeek(staff, input(week), req);
    expect(first.ok && first.data).toMatchObject({
      saved: false,
      conflicts: [{ id: appt.id, typeEn: "Check-up" }],
      changes: { changed: [{ after: { weekday: 3, end: 720 } }] },
    });
    expect(await blocks()).toEqual(before);
    expect(await weekAudits()).toHaveLength(2);

    const second = await replaceWeek(staff, input(week, { acknowledge: true }), req);
    expect(second.ok && second.data).toMatchObject({ saved: true, conflicts: [{ id: appt.id }] });
    expect((await blocks())[2]!.endMinute).toBe(720);
    expect((await weekAudits()).at(-1)!.detail).toMatchObject({ uncoveredAppointments: 1 });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appt.id } })).status).toBe(
      "booked",
    );
  });
});

describe("refusals", () => {
  it("overlapping ranges within a day are refused beside the range, and nothing is saved", async () => {
    const email = uniqueEmail("week-staff-gate");
    await factories.createStaff({ email, password: PASSWORD, role: "staff" });
    await signIn(email);
    const before = await blocks();
    const audits = await weekAudits();
    const result = await saveWeekAction(
      null,
      form({
        practitionerId,
        siteId: fx.site.id,
        validFrom: "2031-02-01",
        "start-1-a": "08:30",
        "end-1-a": "12:00",
        "types-1-a": fx.type15.id,
        "start-1-b": "11:00",
        "end-1-b": "14:00",
        "types-1-b": [fx.type15.id, fx.type30.id],
        "start-2-a": "09:00",
        "end-2-a": "10:00",
        "types-2-a": fx.type15.id,
      }),
    );
    expect(result).toEqual({ ok: false, code: "invalid", fields: { "start-1-b": "overlap" } });
    expect(await blocks()).toEqual(before);
    expect(await weekAudits()).toEqual(audits);
  });

  it("another clinic's practitioner is not found and another clinic's site is invalid", async () => {
    const other = await factories.createClinic();
    const foreignSite = await factories.createSite(other.id);
    const foreign = await factories.createPractitioner(other.id, { lastName: "Ailleurs" });
    const days = weekOf({ 2: [range("09:00", "10:00", [fx.type15.id])] });
    expect(await replaceWeek(staff, input(days, { practitionerId: foreign.id }), req)).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await replaceWeek(staff, input(days, { siteId: foreignSite.id }), req)).toEqual({
      ok: false,
      code: "invalid",
      fields: { siteId: "invalid" },
    });
    expect(await db().availabilityBlock.count({ where: { practitionerId: foreign.id } })).toBe(0);
    expect(await db().availabilityBlock.count({ where: { weekday: 2, practitionerId } })).toBe(0);
  });

  it("a patient is refused by the action's gate and by the use case, and nothing changes", async () => {
    const email = uniqueEmail("week-patient");
    const { account } = await factories.createPatient(fx.clinic.id, { email, password: PASSWORD });
    await signIn(email);
    const before = await blocks();
    let digest: string | undefined;
    try {
      await saveWeekAction(
        null,
        form({ practitionerId, siteId: fx.site.id, validFrom: "2031-02-01" }),
      );
    } catch (error) {
      digest = (error as { digest?: string }).digest;
    }
    expect(digest).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await replaceWeek({ id: account.id, role: "patient" }, input(weekOf({})), req)).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await blocks()).toEqual(before);
    expect(
      await db().auditEvent.count({
        where: { actorAccountId: account.id, action: "availability.week.save", outcome: "denied" },
      }),
    ).toBe(1);
  });
});
