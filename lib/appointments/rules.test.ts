// The confirm/cancel windows and the reminder schedule are real hours before
// the visit (UTC arithmetic), so a daylight-saving change in between does not
// move them by an hour.
import { describe, expect, it } from "vitest";
import {
  cancelDeadline,
  cancelDecision,
  confirmDecision,
  isActiveUpcoming,
  reminderDueAt,
  remindersDue,
} from "./rules";

const HOUR = 3_600_000;
const clinic = { confirmationWindowHours: 72, cancellationCutoffHours: 48 };
const startsAt = new Date("2026-06-10T14:00:00Z"); // Wednesday 10:00 in Montréal
const before = (hours: number, ms = 0) => new Date(startsAt.getTime() - hours * HOUR + ms);
const booked = { status: "booked" as const, startsAt };

describe("confirmDecision", () => {
  it("opens exactly 72 h before the visit", () => {
    expect(confirmDecision(booked, clinic, before(72, -1))).toEqual({
      allowed: false,
      reason: "notYet",
      opensAt: before(72),
    });
    expect(confirmDecision(booked, clinic, before(72))).toEqual({ allowed: true });
    expect(confirmDecision(booked, clinic, before(1))).toEqual({ allowed: true });
  });

  it("is decided to the millisecond at both ends: 72 h + 1 ms before is outside, 72 h − 1 ms inside, up to 1 ms before the start", () => {
    // The rules compare instants in milliseconds, not minutes: one millisecond decides.
    expect(confirmDecision(booked, clinic, before(72, -1)).allowed).toBe(false);
    expect(confirmDecision(booked, clinic, before(72, 1))).toEqual({ allowed: true });
    expect(confirmDecision(booked, clinic, before(72, -60_000))).toEqual({
      allowed: false,
      reason: "notYet",
      opensAt: before(72),
    });
    expect(confirmDecision(booked, clinic, before(0, -1))).toEqual({ allowed: true });
    expect(confirmDecision(booked, clinic, before(0))).toEqual({ allowed: false, reason: "past" });
  });

  it("refuses once the visit has started, when already confirmed, and when not active", () => {
    expect(confirmDecision(booked, clinic, startsAt)).toEqual({ allowed: false, reason: "past" });
    expect(confirmDecision({ ...booked, status: "confirmed" }, clinic, before(2))).toEqual({
      allowed: false,
      reason: "alreadyConfirmed",
    });
    for (const status of ["cancelled", "completed", "noShow"] as const) {
      expect(confirmDecision({ ...booked, status }, clinic, before(2))).toEqual({
        allowed: false,
        reason: "notActive",
      });
    }
  });

  it("uses the clinic's window", () => {
    expect(
      confirmDecision(booked, { ...clinic, confirmationWindowHours: 24 }, before(30)).allowed,
    ).toBe(false);
    expect(
      confirmDecision(booked, { ...clinic, confirmationWindowHours: 24 }, before(24)).allowed,
    ).toBe(true);
  });

  it("is 72 real hours across spring forward (opens Saturday 09:00 local, not 10:00)", () => {
    // Tuesday 10 March 2026 10:00 EDT = 14:00Z; 72 h earlier is Saturday 7 March 09:00 EST = 14:00Z.
    const visit = { status: "booked" as const, startsAt: new Date("2026-03-10T14:00:00Z") };
    const decision = confirmDecision(visit, clinic, new Date("2026-03-07T13:59:59Z"));
    expect(decision).toEqual({
      allowed: false,
      reason: "notYet",
      opensAt: new Date("2026-03-07T14:00:00Z"),
    });
    expect(confirmDecision(visit, clinic, new Date("2026-03-07T14:00:00Z")).allowed).toBe(true);
  });

  it("is 72 real hours across fall back", () => {
    // Tuesday 3 November 2026 10:00 EST = 15:00Z; 72 h earlier is Saturday 31 October 11:00 EDT = 15:00Z.
    const visit = { status: "booked" as const, startsAt: new Date("2026-11-03T15:00:00Z") };
    expect(confirmDecision(visit, clinic, new Date("2026-10-31T14:59:59Z")).allowed).toBe(false);
    expect(confirmDecision(visit, clinic, new Date("2026-10-31T15:00:00Z")).allowed).toBe(true);
  });
});

describe("cancelDecision", () => {
  it("is allowed until just before the 48 h cut-off and refused exactly at it", () => {
    expect(cancelDecision(booked, clinic, before(48, -1))).toEqual({
      allowed: true,
      until: before(48),
    });
    expect(cancelDecision(booked, clinic, before(48))).toEqual({
      allowed: false,
      reason: "pastCutoff",
      until: before(48),
    });
    expect(cancelDecision(booked, clinic, before(1))).toEqual({
      allowed: false,
      reason: "pastCutoff",
      until: before(48),
    });
    expect(cancelDeadline(booked, clinic)).toEqual(before(48));
  });

  it("allows a confirmed visit, refuses inactive and past ones", () => {
    expect(cancelDecision({ ...booked, status: "confirmed" }, clinic, before(100)).allowed).toBe(
      true,
    );
    expect(cancelDecision({ ...booked, status: "cancelled" }, clinic, before(100))).toEqual({
      allowed: false,
      reason: "notActive",
    });
    expect(cancelDecision({ ...booked, status: "completed" }, clinic, before(100))).toEqual({
      allowed: false,
      reason: "notActive",
    });
    expect(cancelDecision(booked, clinic, startsAt)).toEqual({ allowed: false, reason: "past" });
  });

  it("is 48 real hours across spring forward", () => {
    // Monday 9 March 2026 10:00 EDT = 14:00Z; the cut-off is Saturday 7 March 09:00 EST = 14:00Z.
    const visit = { status: "booked" as const, startsAt: new Date("2026-03-09T14:00:00Z") };
    expect(cancelDecision(visit, clinic, new Date("2026-03-07T13:59:59Z")).allowed).toBe(true);
    expect(cancelDecision(visit, clinic, new Date("2026-03-07T14:00:00Z")).allowed).toBe(false);
  });

  it("is 48 real hours across fall back (the cut-off is Saturday 11:00 local, not 10:00)", () => {
    // Sunday 1 November 2026 (first Sunday of November) 02:00 EDT falls back to 01:00 EST.
    // Monday 2 November 2026 10:00 EST = 15:00Z; the cut-off is Saturday 31 October 11:00 EDT = 15:00Z.
    const visit = { status: "booked" as const, startsAt: new Date("2026-11-02T15:00:00Z") };
    const until = new Date("2026-10-31T15:00:00Z");
    expect(cancelDeadline(visit, clinic)).toEqual(until);
    expect(cancelDecision(visit, clinic, new Date("2026-10-31T14:59:59.999Z"))).toEqual({
      allowed: true,
      until,
    });
    expect(cancelDecision(visit, clinic, until)).toEqual({
      allowed: false,
      reason: "pastCutoff",
      until,
    });
    // Saturday 10:00 EDT (14:00Z), the wall-clock "two days before", is still an hour before the cut-off.
    expect(cancelDecision(visit, clinic, new Date("2026-10-31T14:00:00Z")).allowed).toBe(true);
    // Sunday 09:00 EST, after the change, is well past it.
    expect(cancelDecision(visit, clinic, new Date("2026-11-01T14:00:00Z"))).toEqual({
      allowed: false,
      reason: "pastCutoff",
      until,
    });
  });
});

describe("isActiveUpcoming", () => {
  it("is true only for booked or confirmed visits that have not started", () => {
    expect(isActiveUpcoming(booked, before(1))).toBe(true);
    expect(isActiveUpcoming({ ...booked, status: "confirmed" }, before(1))).toBe(true);
    expect(isActiveUpcoming(booked, startsAt)).toBe(false);
    expect(isActiveUpcoming({ ...booked, status: "cancelled" }, before(1))).toBe(false);
  });
});

describe("remindersDue", () => {
  const leads = [72, 24];
  const fresh = { startsAt, remindersSent: [] as number[] };

  it("sends nothing before the first lead time", () => {
    expect(remindersDue(fresh, leads, before(72, -1))).toBeNull();
    expect(reminderDueAt(fresh, 72)).toEqual(before(72));
  });

  it("sends the 72 h reminder from 72 h before, once", () => {
    expect(remindersDue(fresh, leads, before(72))).toBe(72);
    expect(remindersDue(fresh, leads, before(30))).toBe(72);
    expect(remindersDue({ startsAt, remindersSent: [72] }, leads, before(30))).toBeNull();
  });

  it("sends the 24 h reminder next, once", () => {
    expect(remindersDue({ startsAt, remindersSent: [72] }, leads, before(24))).toBe(24);
    expect(remindersDue({ startsAt, remindersSent: [72, 24] }, leads, before(2))).toBeNull();
  });

  it("picks only the latest due lead: a visit booked 20 h ahead gets the 24 h one, never the 72 h one after it", () => {
    expect(remindersDue(fresh, leads, before(20))).toBe(24);
    expect(remindersDue({ startsAt, remindersSent: [24] }, leads, before(19))).toBeNull();
    expect(remindersDue({ startsAt, remindersSent: [24] }, leads, before(1))).toBeNull();
  });

  it("ignores the order of the clinic's lead times and sends nothing once the visit has started", () => {
    expect(remindersDue(fresh, [24, 72], before(30))).toBe(72);
    expect(remindersDue(fresh, [24, 72], before(10))).toBe(24);
    expect(remindersDue(fresh, leads, startsAt)).toBeNull();
    expect(remindersDue(fresh, [], before(1))).toBeNull();
  });

  it("counts real hours across fall back", () => {
    // Monday 2 November 2026 09:00 EST = 14:00Z; the 24 h reminder is due Sunday 1 November 09:00 EST = 14:00Z.
    const visit = { startsAt: new Date("2026-11-02T14:00:00Z"), remindersSent: [72] };
    expect(remindersDue(visit, leads, new Date("2026-11-01T13:59:59Z"))).toBeNull();
    expect(remindersDue(visit, leads, new Date("2026-11-01T14:00:00Z"))).toBe(24);
  });
});
