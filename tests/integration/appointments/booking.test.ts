// Booking through the app's own bookAppointment and searchSlots on a real
// database (PGlite and PostgreSQL): it books only a time the grid offers this
// audience, and the booked time leaves the grid. The exclusion constraint
// itself refuses overlapping active appointments whatever the app checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/mutations";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { isOverlapViolation } from "@/lib/db/errors";
import * as factories from "@/lib/demo/factories";
import { firstWeekWithSlot, searchSlots } from "@/lib/scheduling/search";
import { booking, bookingClinic, type BookingClinic, localAt, NOW } from "./fixture";

let fx: BookingClinic;
const TUESDAY = "2031-02-04";
const starts = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse the write");
}

beforeAll(async () => {
  fx = await bookingClinic();
});
afterAll(() => setClockForTests(undefined));

describe("searchSlots", () => {
  it("offers a practitioner's blocks in local wall-clock time, bounded by the minimum notice", async () => {
    const monday = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: "2031-02-03",
      days: 1,
      audience: "patient",
    });
    // 2 h notice from 08:00: the first slot is 10:00 local (15:00Z).
    expect(monday[0]?.startsAt.toISOString()).toBe("2031-02-03T15:00:00.000Z");
    expect(monday.every((s) => s.practitionerId === fx.p.id && s.siteId === fx.site.id)).toBe(true);
    // Staff see from now on.
    const staff = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: "2031-02-03",
      days: 1,
      audience: "staff",
    });
    expect(staff[0]?.startsAt.toISOString()).toBe("2031-02-03T13:30:00.000Z");
  });

  it("keeps 08:30 local after spring forward (Monday 10 March 2031)", async () => {
    const before = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: "2031-03-07",
      days: 1,
      audience: "patient",
    });
    const after = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: "2031-03-10",
      days: 1,
      audience: "patient",
    });
    expect(before[0]?.startsAt.toISOString()).toBe("2031-03-07T13:30:00.000Z");
    expect(after[0]?.startsAt.toISOString()).toBe("2031-03-10T12:30:00.000Z");
  });

  it("searches every practitioner offering an emergency type, sorted by time then practitioner", async () => {
    const slots = await searchSlots({
      typeId: fx.emergency.id,
      from: TUESDAY,
      days: 1,
      audience: "patient",
    });
    expect(new Set(slots.map((s) => s.practitionerId))).toEqual(
      new Set([fx.p.id, fx.q.id, fx.r.id]),
    );
    expect(
      slots.slice(0, 3).every((s) => s.startsAt.getTime() === localAt(TUESDAY, "08:30").getTime()),
    ).toBe(true);
    expect(slots).toHaveLength(3 * 28);
  });

  it("offers nothing of a type not bookable online to patients, and nothing past the horizon", async () => {
    expect(
      await searchSlots({ typeId: fx.staffOnly.id, from: TUESDAY, days: 7, audience: "patient" }),
    ).toEqual([]);
    expect(
      (
        await searchSlots({
          typeId: fx.staffOnly.id,
          practitionerId: fx.p.id,
          from: TUESDAY,
          days: 1,
          audience: "staff",
        })
      ).length,
    ).toBe(14);
    // 90 days from Monday 3 February 08:00 is Sunday 4 May 2031 08:00.
    expect(
      await searchSlots({
        typeId: fx.type15.id,
        practitionerId: fx.p.id,
        from: "2031-05-05",
        days: 5,
        audience: "patient",
      }),
    ).toEqual([]);
    expect(
      await firstWeekWithSlot({
        typeId: fx.type15.id,
        practitionerId: fx.p.id,
        audience: "patient",
        after: "2031-02-20",
      }),
    ).toBe("2031-02-17");
  });
});

describe("bookAppointment", () => {
  it("books a real slot: the row, its audit event, and the slot leaves the grid", async () => {
    const search = {
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: TUESDAY,
      days: 1,
      audience: "patient" as const,
    };
    const slot = (await searchSlots(search))[0]!;
    expect(slot.startsAt.toISOString()).toBe(localAt(TUESDAY, "08:30").toISOString());

    const result = await bookAppointment(
      booking(fx, { startsAt: slot.startsAt }),
      fx.actor,
      "patient",
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await db().appointment.findUniqueOrThrow({
      where: { id: result.data!.appointmentId },
    });
    expect(row).toMatchObject({
      profileId: fx.profileId,
      practitionerId: fx.p.id,
      siteId: fx.site.id,
      typeId: fx.type15.id,
      status: "booked",
      reason: "Cough for two weeks",
      bookedByAccountId: fx.account.id,
    });
    expect(row.startsAt.toISOString()).toBe("2031-02-04T13:30:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2031-02-04T13:45:00.000Z");
    const audit = await db().auditEvent.findMany({
      where: { resourceType: "appointment", resourceId: row.id },
    });
    expect(audit).toMatchObject([
      {
        action: "book",
        actorAccountId: fx.account.id,
        subjectProfileId: fx.profileId,
        ip: "198.51.100.9",
      },
    ]);

    const after = starts(await searchSlots(search));
    expect(after).not.toContain(slot.startsAt.toISOString());
    expect(after[0]).toBe(localAt(TUESDAY, "08:45").toISOString());
    // A 30-minute type loses 08:30 too, and starts at 08:45 after the 15-minute visit.
    const thirty = starts(await searchSlots({ ...search, typeId: fx.type30.id }));
    expect(thirty.slice(0, 2)).toEqual([
      localAt(TUESDAY, "08:45").toISOString(),
      localAt(TUESDAY, "09:15").toISOString(),
    ]);
  });

  it("refuses the same time again (slotTaken), and an overlapping longer visit", async () => {
    const [other] = await fx.profiles(1);
    const startsAt = localAt(TUESDAY, "10:15");
    expect(await bookAppointment(booking(fx, { startsAt }), fx.actor, "patient")).toMatchObject({
      ok: true,
    });
    expect(
      await bookAppointment(booking(fx, { profileId: other, startsAt }), fx.actor, "patient"),
    ).toEqual({ ok: false, code: "slotTaken" });
    expect(
      await bookAppointment(
        booking(fx, {
          profileId: other,
          typeId: fx.type30.id,
          startsAt: localAt(TUESDAY, "10:00"),
        }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({
      ok: false,
      code: "slotTaken",
    });
    // Another practitioner at that time is fine.
    expect(
      await bookAppointment(
        booking(fx, { profileId: other, practitionerId: fx.q.id, startsAt }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
  });

  it("refuses a time that is not a slot", async () => {
    for (const startsAt of [
      localAt(TUESDAY, "09:07"), // off the grid
      localAt(TUESDAY, "12:15"), // lunch
      localAt(TUESDAY, "16:30"), // the block's end
      localAt("2031-02-08", "09:00"), // a Saturday
    ]) {
      expect(
        await bookAppointment(booking(fx, { startsAt }), fx.actor, "patient"),
        startsAt.toISOString(),
      ).toEqual({ ok: false, code: "slotUnavailable" });
    }
    expect(await db().appointment.count({ where: { startsAt: localAt(TUESDAY, "09:07") } })).toBe(
      0,
    );
  });

  it("refuses a patient inside the minimum notice or past the horizon; staff book inside the notice", async () => {
    const soon = localAt("2031-02-03", "09:30"); // 1.5 h from now
    expect(await bookAppointment(booking(fx, { startsAt: soon }), fx.actor, "patient")).toEqual({
      ok: false,
      code: "slotUnavailable",
    });
    expect(
      await bookAppointment(
        booking(fx, { startsAt: localAt("2031-05-06", "09:00") }),
        fx.actor,
        "patient",
      ),
    ).toEqual({ ok: false, code: "slotUnavailable" });
    expect(
      await bookAppointment(
        booking(fx, { startsAt: localAt("2031-02-03", "08:15") }),
        fx.staff,
        "staff",
      ),
    ).toEqual({ ok: false, code: "slotUnavailable" }); // before the block
    expect(await bookAppointment(booking(fx, { startsAt: soon }), fx.staff, "staff")).toMatchObject(
      { ok: true },
    );
    // The last day inside the horizon is still bookable.
    expect(
      await bookAppointment(
        booking(fx, { startsAt: localAt("2031-05-02", "16:15") }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
  });

  it("refuses a type not bookable online to a patient, not to staff", async () => {
    const startsAt = localAt("2031-02-05", "09:00");
    expect(
      await bookAppointment(
        booking(fx, { typeId: fx.staffOnly.id, startsAt }),
        fx.actor,
        "patient",
      ),
    ).toEqual({ ok: false, code: "slotUnavailable" });
    expect(
      await bookAppointment(booking(fx, { typeId: fx.staffOnly.id, startsAt }), fx.staff, "staff"),
    ).toMatchObject({ ok: true });
  });

  it("refuses a practitioner not accepting new patients to an unknown patient, not to theirs", async () => {
    const [stranger, assigned, seenBefore] = await fx.profiles(3);
    await db().patientProfile.update({
      where: { id: assigned },
      data: { assignedPractitionerId: fx.r.id },
    });
    await factories.createAppointment({
      profileId: seenBefore!,
      practitionerId: fx.r.id,
      siteId: fx.site.id,
      typeId: fx.type15.id,
      startsAt: new Date("2030-11-04T15:00:00Z"),
      status: "completed",
    });
    const at = (hhmm: string) => localAt("2031-02-06", hhmm);

    expect(
      await bookAppointment(
        booking(fx, { profileId: stranger, practitionerId: fx.r.id, startsAt: at("09:00") }),
        fx.actor,
        "patient",
      ),
    ).toEqual({ ok: false, code: "notAcceptingNewPatients" });
    expect(await db().appointment.count({ where: { profileId: stranger } })).toBe(0);
    expect(
      await bookAppointment(
        booking(fx, { profileId: assigned, practitionerId: fx.r.id, startsAt: at("09:00") }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
    expect(
      await bookAppointment(
        booking(fx, { profileId: seenBefore, practitionerId: fx.r.id, startsAt: at("09:15") }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
    // An emergency is not a new-patient booking; staff may book anyone.
    expect(
      await bookAppointment(
        booking(fx, {
          profileId: stranger,
          practitionerId: fx.r.id,
          typeId: fx.emergency.id,
          startsAt: at("09:30"),
        }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
    expect(
      await bookAppointment(
        booking(fx, { profileId: stranger, practitionerId: fx.r.id, startsAt: at("09:45") }),
        fx.staff,
        "staff",
      ),
    ).toMatchObject({ ok: true });
  });

  it("refuses a practitioner outside the type's specialty", async () => {
    const outsider = await factories.createPractitioner(fx.clinic.id, {
      lastName: "Outsider",
      siteIds: [fx.site.id],
    });
    await factories.createAvailabilityBlock({
      practitionerId: outsider.id,
      siteId: fx.site.id,
      weekday: 4,
      from: "08:30",
      to: "12:00",
      validFrom: "2031-01-01",
      typeIds: [fx.type15.id],
    });
    expect(
      await bookAppointment(
        booking(fx, { practitionerId: outsider.id, startsAt: localAt("2031-02-06", "09:00") }),
        fx.actor,
        "patient",
      ),
    ).toEqual({ ok: false, code: "slotUnavailable" });
  });
});

describe("the exclusion constraint", () => {
  const row = (startsAt: Date, minutes: number, practitionerId = fx.q.id) => ({
    profileId: fx.profileId,
    practitionerId,
    siteId: fx.site.id,
    typeId: fx.type15.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes * 60_000),
  });

  it("refuses an overlapping active appointment written directly through Prisma", async () => {
    const ten = localAt("2031-02-10", "10:00");
    await db().appointment.create({ data: row(ten, 30) });
    const overlap = await refusal(
      db().appointment.create({ data: row(new Date(ten.getTime() + 15 * 60_000), 15) }),
    );
    expect(isOverlapViolation(overlap)).toBe(true);
    expect(isOverlapViolation(overlap, "Appointment_no_overlap")).toBe(true);
    // Touching is not overlapping; another practitioner is independent.
    await db().appointment.create({ data: row(new Date(ten.getTime() + 30 * 60_000), 15) });
    await db().appointment.create({ data: row(ten, 30, fx.p.id) });
  });

  it("a cancelled appointment does not block its time", async () => {
    const nine = localAt("2031-02-11", "09:00");
    const first = await db().appointment.create({ data: row(nine, 30) });
    await db().appointment.update({
      where: { id: first.id },
      data: { status: "cancelled", cancelledAt: NOW, cancelledBy: "patient" },
    });
    await db().appointment.create({ data: row(nine, 30) });
    expect(
      isOverlapViolation(
        await refusal(
          db().appointment.update({ where: { id: first.id }, data: { status: "booked" } }),
        ),
      ),
    ).toBe(true);
    // …and bookAppointment sees the freed time of a cancelled one as a slot.
    const noon = localAt("2031-02-11", "11:30");
    const cancelled = await db().appointment.create({
      data: { ...row(noon, 15), status: "cancelled", cancelledAt: NOW, cancelledBy: "clinic" },
    });
    expect(cancelled.status).toBe("cancelled");
    expect(
      await bookAppointment(
        booking(fx, { practitionerId: fx.q.id, startsAt: noon }),
        fx.actor,
        "patient",
      ),
    ).toMatchObject({ ok: true });
  });
});
