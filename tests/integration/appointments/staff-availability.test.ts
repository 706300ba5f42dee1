// Staff manage availability exceptions on a real database: time off and
// extra blocks, each audited (the weekly hours: tests/integration/availability); a change that would leave booked appointments
// outside every availability is not saved until acknowledged, and then the
// appointments stay booked; a patient calling any of it is refused (AC-6).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addExtraBlock,
  addTimeOff,
  removeException,
  replaceWeek,
} from "@/lib/availability/mutations";
import { extraBlockSchema, timeOffSchema } from "@/lib/availability/schema";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { searchSlots } from "@/lib/scheduling/search";
import { uniqueEmail } from "../harness";
import { bookingClinic, type BookingClinic, localAt } from "./fixture";

let fx: BookingClinic;
let staff: { id: string; role: "staff" };
let patient: { id: string; role: "patient" };
const req = { ip: "198.51.100.7", userAgent: "vitest", requestId: "req-availability" };
// The fixture's clock: Monday 3 February 2031, 08:00 local.
const SATURDAY = "2031-02-08";
const NEXT_SATURDAY = "2031-02-15";

async function audits(resourceId: string) {
  return db().auditEvent.findMany({
    where: { resourceId },
    orderBy: { id: "asc" },
    select: { action: true, actorAccountId: true, outcome: true, detail: true, requestId: true },
  });
}

beforeAll(async () => {
  fx = await bookingClinic();
  staff = { id: fx.staff.accountId, role: "staff" };
  patient = { id: fx.account.id, role: "patient" };
  // Saturdays 09:00–10:00 for Q, with a follow-up inside (09:00) and a check-up
  // left outside by an earlier change (11:00).
  await factories.createAvailabilityBlock({
    practitionerId: fx.q.id,
    siteId: fx.site.id,
    weekday: 6,
    from: "09:00",
    to: "10:00",
    validFrom: "2031-02-01",
    typeIds: [fx.type15.id, fx.type30.id],
  });
  const { profile } = await factories.createPatient(fx.clinic.id, {
    firstName: "Jeanne",
    lastName: "Ouellet",
    email: uniqueEmail("jeanne"),
  });
  for (const [typeId, time] of [
    [fx.type15.id, "09:00"],
    [fx.type30.id, "11:00"],
  ] as const)
    await factories.createAppointment({
      profileId: profile.id,
      practitionerId: fx.q.id,
      siteId: fx.site.id,
      typeId,
      startsAt: localAt(SATURDAY, time),
    });
});
afterAll(() => setClockForTests(undefined));

describe("the exception forms' validation", () => {
  it("refuses time off that ends before it starts, and an extra block that ends before it starts", () => {
    const off = timeOffSchema.safeParse({
      practitionerId: "p",
      from: "2031-02-08T12:00",
      until: "2031-02-08T09:00",
    });
    expect(off.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["until", "endAfterStart"],
    ]);
    const extra = extraBlockSchema.safeParse({
      practitionerId: "p",
      siteId: "s",
      date: SATURDAY,
      start: "10:00",
      end: "10:00",
      typeIds: "t",
    });
    expect(extra.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["end", "endAfterStart"],
    ]);
    // Like a weekly block, an extra block names the types it offers.
    const untyped = extraBlockSchema.safeParse({
      practitionerId: "p",
      siteId: "s",
      date: SATURDAY,
      start: "10:00",
      end: "11:00",
    });
    expect(untyped.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["typeIds", "typesRequired"],
    ]);
  });
});

describe("time off and extra blocks", () => {
  it("time off over a booked appointment reports it; saved anyway, it is stored in local time and the appointment stays booked", async () => {
    const input = timeOffSchema.parse({
      practitionerId: fx.q.id,
      from: `${SATURDAY}T08:00`,
      until: `${SATURDAY}T09:30`,
      note: "Conference",
    });
    const first = await addTimeOff(staff, input, req);
    expect(first.ok && first.data).toMatchObject({
      saved: false,
      conflicts: [{ patientName: "Jeanne Ouellet", typeEn: "Follow-up" }],
    });
    expect(await db().availabilityException.count({ where: { practitionerId: fx.q.id } })).toBe(0);
    const second = await addTimeOff(staff, { ...input, acknowledge: true }, req);
    expect(second.ok && second.data?.saved).toBe(true);
    const row = await db().availabilityException.findFirstOrThrow({
      where: { practitionerId: fx.q.id, kind: "timeOff" },
    });
    expect(row.startsAt.toISOString()).toBe(localAt(SATURDAY, "08:00").toISOString());
    expect(row.note).toBe("Conference");
    expect(await audits(row.id)).toMatchObject([
      { action: "availability.timeOff.create", detail: { uncoveredAppointments: 1 } },
    ]);
    expect(
      await db().appointment.count({ where: { practitionerId: fx.q.id, status: "booked" } }),
    ).toBe(2);
  });

  it("time off where nothing is booked is saved at once; removing it needs no confirmation", async () => {
    const input = timeOffSchema.parse({
      practitionerId: fx.q.id,
      siteId: fx.site.id,
      from: `${NEXT_SATURDAY}T08:00`,
      until: `${NEXT_SATURDAY}T18:00`,
    });
    expect(await addTimeOff(staff, input, req)).toEqual({
      ok: true,
      data: { saved: true, conflicts: [] },
    });
    const row = await db().availabilityException.findFirstOrThrow({
      where: { practitionerId: fx.q.id, siteId: fx.site.id },
    });
    expect(
      await removeException(
        staff,
        { id: row.id, practitionerId: fx.q.id, acknowledge: false },
        req,
      ),
    ).toEqual({ ok: true, data: { saved: true, conflicts: [] } });
    expect((await audits(row.id)).map((a) => a.action)).toEqual([
      "availability.timeOff.create",
      "availability.timeOff.remove",
    ]);
  });

  it("an extra block opens a Sunday for its types only; removing it over a booked appointment reports it", async () => {
    const sunday = "2031-02-09";
    expect(
      await addExtraBlock(
        staff,
        extraBlockSchema.parse({
          practitionerId: fx.p.id,
          siteId: fx.site.id,
          date: sunday,
          start: "10:00",
          end: "12:00",
          typeIds: [fx.type30.id],
        }),
        req,
      ),
    ).toEqual({ ok: true, data: { saved: true, conflicts: [] } });
    const otherType = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: sunday,
      days: 1,
      audience: "staff",
    });
    expect(otherType).toEqual([]);
    const slots = await searchSlots({
      typeId: fx.type30.id,
      practitionerId: fx.p.id,
      from: sunday,
      days: 1,
      audience: "staff",
    });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(
      [
        localAt(sunday, "10:00"),
        localAt(sunday, "10:30"),
        localAt(sunday, "11:00"),
        localAt(sunday, "11:30"),
      ].map((d) => d.toISOString()),
    );
    await factories.createAppointment({
      profileId: fx.profileId,
      practitionerId: fx.p.id,
      siteId: fx.site.id,
      typeId: fx.type30.id,
      startsAt: localAt(sunday, "10:30"),
    });
    const extra = await db().availabilityException.findFirstOrThrow({
      where: { practitionerId: fx.p.id, kind: "extra" },
    });
    const result = await removeException(
      staff,
      { id: extra.id, practitionerId: fx.p.id, acknowledge: false },
      req,
    );
    expect(result.ok && result.data?.conflicts).toHaveLength(1);
    expect(await db().availabilityException.count({ where: { id: extra.id } })).toBe(1);
  });

  it("refuses a time inside the skipped spring hour", async () => {
    const input = timeOffSchema.parse({
      practitionerId: fx.q.id,
      from: "2031-03-09T02:30",
      until: "2031-03-09T04:00",
    });
    expect(await addTimeOff(staff, input, req)).toEqual({
      ok: false,
      code: "invalid",
      fields: { from: "nonexistentTime" },
    });
  });
});

describe("AC-6: a patient is refused by every availability use case, and nothing changes", () => {
  it("answers notFound and records the refusal", async () => {
    const before = await Promise.all([
      db().availabilityBlock.count(),
      db().availabilityException.count(),
    ]);
    const results = [
      await replaceWeek(
        patient,
        {
          practitionerId: fx.q.id,
          siteId: fx.site.id,
          validFrom: "2031-02-01",
          validUntil: null,
          days: [[], [], [], [], [], [], []],
          acknowledge: true,
        },
        req,
      ),
      await addTimeOff(
        patient,
        timeOffSchema.parse({
          practitionerId: fx.q.id,
          from: `${SATURDAY}T08:00`,
          until: `${SATURDAY}T18:00`,
          acknowledge: "on",
        }),
        req,
      ),
      await addExtraBlock(
        patient,
        extraBlockSchema.parse({
          practitionerId: fx.q.id,
          siteId: fx.site.id,
          date: SATURDAY,
          start: "13:00",
          end: "14:00",
          typeIds: [fx.type30.id],
        }),
        req,
      ),
      await removeException(
        patient,
        { id: "anything", practitionerId: fx.q.id, acknowledge: true },
        req,
      ),
    ];
    expect(results).toEqual(Array(4).fill({ ok: false, code: "notFound" }));
    expect(
      await Promise.all([db().availabilityBlock.count(), db().availabilityException.count()]),
    ).toEqual(before);
    expect(
      await db().auditEvent.count({
        where: {
          actorAccountId: patient.id,
          outcome: "denied",
          action: { startsWith: "availability." },
        },
      }),
    ).toBe(4);
  });
});
