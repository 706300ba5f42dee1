// Races on real PostgreSQL (PGlite is one connection behind a mutex, so these
// are skipped there): many patients clicking the same slot, a longer and a
// shorter visit that overlap, and a confirm racing a cancel of one visit. The
// database has the last word; the app must turn its refusals into clear
// answers, never into a thrown error, and leave one consistent state.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import {
  bookAppointment,
  cancelAppointmentAsPatient,
  confirmAppointment,
} from "@/lib/appointments/mutations";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { searchSlots } from "@/lib/scheduling/search";
import { addDays } from "@/lib/time/zoned";
import { describeOnPostgres } from "../harness";
import { booking, bookingClinic, type BookingClinic, localAt, NOW } from "./fixture";

const ATTEMPTS = 50;
const ROUNDS = 20;

describeOnPostgres("concurrent bookings on PostgreSQL", () => {
  let fx: BookingClinic;
  let profiles: AuthorizedProfileId[];

  beforeAll(async () => {
    fx = await bookingClinic();
    profiles = await fx.profiles(ATTEMPTS);
  });
  afterAll(() => setClockForTests(undefined));

  it(`${ATTEMPTS} attempts at one slot: exactly one books, ${ATTEMPTS - 1} get slotTaken, one row — ${ROUNDS} times`, async () => {
    const slots = await searchSlots({
      typeId: fx.type15.id,
      practitionerId: fx.p.id,
      from: "2031-02-04",
      days: 7,
      audience: "patient",
    });
    // Twenty different slots spread over the week.
    const chosen = Array.from({ length: ROUNDS }, (_, i) => slots[i * 3]!);
    for (const slot of chosen) {
      const settled = await Promise.allSettled(
        profiles.map((profileId) =>
          bookAppointment(booking(fx, { profileId, startsAt: slot.startsAt }), fx.actor, "patient"),
        ),
      );
      const thrown = settled.filter((s) => s.status === "rejected");
      expect(thrown.map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
      const results = settled.map(
        (s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof bookAppointment>>>).value,
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      // Every other attempt is refused as slotTaken: no other code (unexpected, conflict, …).
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
        Array(ATTEMPTS - 1).fill("slotTaken"),
      );
      const rows = await db().appointment.findMany({
        where: { practitionerId: fx.p.id, startsAt: slot.startsAt },
      });
      expect(rows).toHaveLength(1);
      const winner = winners[0]!;
      expect(winner.ok && winner.data?.appointmentId).toBe(rows[0]!.id);
      expect(rows[0]).toMatchObject({
        status: "booked",
        profileId: profiles[results.indexOf(winner)],
      });
      expect(
        await db().auditEvent.count({
          where: { resourceType: "appointment", resourceId: rows[0]!.id, action: "book" },
        }),
      ).toBe(1);
    }
    expect(await db().appointment.count({ where: { practitionerId: fx.p.id } })).toBe(ROUNDS);
  }, 180_000);

  it("a 30-minute visit at 10:00 and a 15-minute one at 10:15, at once: exactly one books — 20 times", async () => {
    let day = "2031-02-17";
    for (let round = 0; round < ROUNDS; round++) {
      while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
      const attempts = profiles.slice(0, 20).map((profileId, i) =>
        i % 2 === 0
          ? bookAppointment(
              booking(fx, {
                profileId,
                practitionerId: fx.q.id,
                typeId: fx.type30.id,
                startsAt: localAt(day, "10:00"),
              }),
              fx.actor,
              "patient",
            )
          : bookAppointment(
              booking(fx, {
                profileId,
                practitionerId: fx.q.id,
                typeId: fx.type15.id,
                startsAt: localAt(day, "10:15"),
              }),
              fx.actor,
              "patient",
            ),
      );
      const results = await Promise.all(attempts);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
        Array(19).fill("slotTaken"),
      );
      const rows = await db().appointment.findMany({
        where: {
          practitionerId: fx.q.id,
          status: { not: "cancelled" },
          startsAt: { gte: localAt(day, "09:00"), lt: localAt(day, "11:00") },
        },
      });
      expect(rows).toHaveLength(1);
      day = addDays(day, 1);
    }
  }, 180_000);

  it("confirm and cancel of one visit at once end in one consistent state — 20 times", async () => {
    const outcomes = { "confirm-then-cancel": [] as string[], "cancel-only": [] as string[] };
    for (let round = 0; round < ROUNDS; round++) {
      // 60 h ahead: inside the 72 h confirmation window, before the 48 h cut-off.
      const startsAt = new Date(NOW.getTime() + 60 * 3_600_000 + round * 30 * 60_000);
      const appt = await factories.createAppointment({
        profileId: fx.profileId,
        practitionerId: fx.r.id,
        siteId: fx.site.id,
        typeId: fx.type15.id,
        startsAt,
      });
      const ordered = round % 2 === 0;
      const [confirm, cancel] = ordered
        ? await Promise.all([
            confirmAppointment(appt.id, fx.profileId, fx.actor, "email"),
            cancelAppointmentAsPatient(appt.id, fx.profileId, fx.actor, "portal"),
          ])
        : await Promise.all([
            cancelAppointmentAsPatient(appt.id, fx.profileId, fx.actor, "portal"),
            confirmAppointment(appt.id, fx.profileId, fx.actor, "email"),
          ]).then(([c, f]) => [f, c] as const);
      const row = await db().appointment.findUniqueOrThrow({ where: { id: appt.id } });
      const audits = (
        await db().auditEvent.findMany({
          where: { resourceType: "appointment", resourceId: appt.id },
          orderBy: { id: "asc" },
        })
      ).map((a) => a.action);

      // Cancelling is allowed after a confirmation, so the cancel always wins the last word…
      expect(cancel).toEqual({ ok: true });
      expect(row.status).toBe("cancelled");
      expect(row.cancelledAt?.toISOString()).toBe(NOW.toISOString());
      expect(row.cancelledBy).toBe("patient");
      if (confirm.ok) {
        // …the confirm happened first: both are recorded, in that order.
        expect(row.confirmedAt?.toISOString()).toBe(NOW.toISOString());
        expect(audits).toEqual(["confirm", "cancel"]);
      } else {
        // …or the cancel came first and the confirm found nothing to confirm.
        expect(confirm.code).toBe("notActive");
        expect(row.confirmedAt).toBeNull();
        expect(audits).toEqual(["cancel"]);
      }
      outcomes[confirm.ok ? "confirm-then-cancel" : "cancel-only"].push(appt.id);
    }
    // Every round reported exactly one of the two orders, and the rows agree with the reports as a whole:
    // every visit cancelled once, and confirmed (and audited as such) exactly when its confirm was reported a success.
    const confirmedFirst = outcomes["confirm-then-cancel"];
    const all = [...confirmedFirst, ...outcomes["cancel-only"]];
    expect(new Set(all).size).toBe(ROUNDS);
    const rows = await db().appointment.findMany({
      where: { id: { in: all } },
      select: { id: true, status: true, confirmedAt: true },
    });
    expect(rows.filter((r) => r.status === "cancelled")).toHaveLength(ROUNDS);
    expect(
      rows
        .filter((r) => r.confirmedAt !== null)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...confirmedFirst].sort());
    expect(
      await db().auditEvent.count({
        where: { resourceType: "appointment", resourceId: { in: all }, action: "confirm" },
      }),
    ).toBe(confirmedFirst.length);
    expect(
      await db().auditEvent.count({
        where: { resourceType: "appointment", resourceId: { in: all }, action: "cancel" },
      }),
    ).toBe(ROUNDS);
  }, 120_000);
});
