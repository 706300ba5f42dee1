import { describe, expect, it } from "vitest";
import type { BlockInput, ExceptionInput } from "@/lib/scheduling/slots";
import { localToUtc } from "@/lib/time/zoned";
import { isCovered, lostAppointments, type CoveredAppointment } from "./coverage";

const TZ = "America/Toronto";
const at = (date: string, hhmm: string) =>
  localToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ)!;

const block = (over: Partial<BlockInput> = {}): BlockInput => ({
  practitionerId: "p1",
  siteId: "s1",
  weekday: 1, // Monday
  startMinute: 9 * 60,
  endMinute: 12 * 60,
  validFrom: "2026-01-01",
  validUntil: null,
  typeIds: ["t1"],
  ...over,
});

const appt = (
  date: string,
  from: string,
  to: string,
  over: Partial<CoveredAppointment> = {},
): CoveredAppointment => ({
  id: `${date} ${from}`,
  practitionerId: "p1",
  siteId: "s1",
  typeId: "t1",
  startsAt: at(date, from),
  endsAt: at(date, to),
  ...over,
});

const timeOff = (from: Date, to: Date, siteId: string | null = null): ExceptionInput => ({
  practitionerId: "p1",
  siteId,
  kind: "timeOff",
  typeIds: [],
  startsAt: from,
  endsAt: to,
});

describe("isCovered", () => {
  const availability = { blocks: [block()], exceptions: [] };

  it("is true inside a block on its weekday, for its type, at its site", () => {
    expect(isCovered(appt("2026-11-30", "09:00", "09:30"), availability, TZ)).toBe(true);
    expect(isCovered(appt("2026-11-30", "11:30", "12:00"), availability, TZ)).toBe(true);
  });

  it("is false outside the block's hours, weekday, site, type or practitioner", () => {
    expect(isCovered(appt("2026-11-30", "11:45", "12:15"), availability, TZ)).toBe(false);
    expect(isCovered(appt("2026-12-01", "09:00", "09:30"), availability, TZ)).toBe(false);
    expect(
      isCovered(appt("2026-11-30", "09:00", "09:30", { siteId: "s2" }), availability, TZ),
    ).toBe(false);
    expect(
      isCovered(appt("2026-11-30", "09:00", "09:30", { typeId: "t2" }), availability, TZ),
    ).toBe(false);
    expect(
      isCovered(appt("2026-11-30", "09:00", "09:30", { practitionerId: "p2" }), availability, TZ),
    ).toBe(false);
  });

  it("honours the validity dates, both inclusive", () => {
    const ranged = {
      blocks: [block({ validFrom: "2026-11-30", validUntil: "2026-12-07" })],
      exceptions: [],
    };
    expect(isCovered(appt("2026-11-23", "09:00", "09:30"), ranged, TZ)).toBe(false);
    expect(isCovered(appt("2026-11-30", "09:00", "09:30"), ranged, TZ)).toBe(true);
    expect(isCovered(appt("2026-12-07", "09:00", "09:30"), ranged, TZ)).toBe(true);
    expect(isCovered(appt("2026-12-14", "09:00", "09:30"), ranged, TZ)).toBe(false);
  });

  it("merges touching blocks, and counts a one-off extra block at the same site", () => {
    const two = {
      blocks: [block(), block({ startMinute: 12 * 60, endMinute: 16 * 60 })],
      exceptions: [],
    };
    expect(isCovered(appt("2026-11-30", "11:45", "12:15"), two, TZ)).toBe(true);
    const extra: ExceptionInput = {
      practitionerId: "p1",
      siteId: "s1",
      kind: "extra",
      startsAt: at("2026-12-05", "10:00"),
      endsAt: at("2026-12-05", "12:00"),
      typeIds: ["any"],
    };
    expect(
      isCovered(
        appt("2026-12-05", "10:00", "10:45", { typeId: "any" }),
        { blocks: [], exceptions: [extra] },
        TZ,
      ),
    ).toBe(true);
    expect(
      isCovered(
        appt("2026-12-05", "10:00", "10:45", { siteId: "s2" }),
        { blocks: [], exceptions: [extra] },
        TZ,
      ),
    ).toBe(false);
    // An extra block covers only the types it offers.
    expect(
      isCovered(
        appt("2026-12-05", "10:00", "10:45", { typeId: "other" }),
        { blocks: [], exceptions: [extra] },
        TZ,
      ),
    ).toBe(false);
  });

  it("is false when time off overlaps it, at its site or at every site, and true when the time off is elsewhere", () => {
    const a = appt("2026-11-30", "09:00", "09:30");
    expect(
      isCovered(
        a,
        {
          blocks: [block()],
          exceptions: [timeOff(at("2026-11-30", "09:15"), at("2026-11-30", "10:00"))],
        },
        TZ,
      ),
    ).toBe(false);
    expect(
      isCovered(
        a,
        {
          blocks: [block()],
          exceptions: [timeOff(at("2026-11-30", "08:00"), at("2026-11-30", "09:30"), "s1")],
        },
        TZ,
      ),
    ).toBe(false);
    expect(
      isCovered(
        a,
        {
          blocks: [block()],
          exceptions: [timeOff(at("2026-11-30", "08:00"), at("2026-11-30", "12:00"), "s2")],
        },
        TZ,
      ),
    ).toBe(true);
    // Touching, not overlapping.
    expect(
      isCovered(
        a,
        {
          blocks: [block()],
          exceptions: [timeOff(at("2026-11-30", "09:30"), at("2026-11-30", "12:00"))],
        },
        TZ,
      ),
    ).toBe(true);
  });

  it("reads blocks as wall-clock times across the autumn change (America/Toronto, 2026-11-01)", () => {
    // Sunday 1 Nov 2026 the clocks go back: the week before is UTC-4, the week after UTC-5.
    const before = appt("2026-10-26", "09:00", "09:30");
    const after = appt("2026-11-02", "09:00", "09:30");
    expect(before.startsAt.toISOString()).toBe("2026-10-26T13:00:00.000Z");
    expect(after.startsAt.toISOString()).toBe("2026-11-02T14:00:00.000Z");
    expect(isCovered(before, availability, TZ)).toBe(true);
    expect(isCovered(after, availability, TZ)).toBe(true);
    // 08:00 local after the change is 13:00 UTC, the UTC hour of 09:00 the week before: not covered.
    expect(
      isCovered(
        {
          ...after,
          startsAt: new Date("2026-11-02T13:00:00Z"),
          endsAt: new Date("2026-11-02T13:30:00Z"),
        },
        availability,
        TZ,
      ),
    ).toBe(false);
  });

  it("handles a Sunday block on the day of the spring change (2026-03-08)", () => {
    const sunday = {
      blocks: [block({ weekday: 0, startMinute: 1 * 60, endMinute: 5 * 60 })],
      exceptions: [],
    };
    // 01:00–02:00 EST then 03:00–05:00 EDT: the block is 3 real hours long.
    expect(isCovered(appt("2026-03-08", "01:30", "01:45"), sunday, TZ)).toBe(true);
    expect(isCovered(appt("2026-03-08", "03:00", "04:00"), sunday, TZ)).toBe(true);
    expect(isCovered(appt("2026-03-08", "04:30", "05:15"), sunday, TZ)).toBe(false);
  });
});

describe("lostAppointments", () => {
  it("reports what a shortened block leaves outside, not what stays inside or was already outside", () => {
    const before = { blocks: [block()], exceptions: [] };
    const after = { blocks: [block({ endMinute: 10 * 60 })], exceptions: [] };
    const inside = appt("2026-11-30", "09:00", "09:30");
    const cut = appt("2026-11-30", "10:30", "11:00");
    const alreadyOutside = appt("2026-11-30", "15:00", "15:30");
    expect(
      lostAppointments(before, after, [inside, cut, alreadyOutside], TZ).map((a) => a.id),
    ).toEqual([cut.id]);
  });

  it("reports everything in a removed block and under new time off", () => {
    const a = appt("2026-11-30", "09:00", "09:30");
    const b = appt("2026-12-07", "11:00", "11:30");
    expect(
      lostAppointments(
        { blocks: [block()], exceptions: [] },
        { blocks: [], exceptions: [] },
        [a, b],
        TZ,
      ),
    ).toHaveLength(2);
    const off = timeOff(at("2026-12-07", "00:00"), at("2026-12-08", "00:00"));
    expect(
      lostAppointments(
        { blocks: [block()], exceptions: [] },
        { blocks: [block()], exceptions: [off] },
        [a, b],
        TZ,
      ).map((x) => x.id),
    ).toEqual([b.id]);
  });

  it("reports a type removed from a block", () => {
    const a = appt("2026-11-30", "09:00", "09:30");
    expect(
      lostAppointments(
        { blocks: [block({ typeIds: ["t1", "t2"] })], exceptions: [] },
        { blocks: [block({ typeIds: ["t2"] })], exceptions: [] },
        [a],
        TZ,
      ),
    ).toHaveLength(1);
  });

  it("keeps a block moved by one weekly hour covered across the DST week only where wall-clock times still match", () => {
    // Mondays 26 Oct (EDT) and 2 Nov (EST); the block moves from 09:00–12:00 to 10:00–12:00.
    const before = { blocks: [block()], exceptions: [] };
    const after = { blocks: [block({ startMinute: 10 * 60 })], exceptions: [] };
    const early = [appt("2026-10-26", "09:00", "09:30"), appt("2026-11-02", "09:00", "09:30")];
    const late = [appt("2026-10-26", "10:00", "10:30"), appt("2026-11-02", "10:00", "10:30")];
    expect(lostAppointments(before, after, [...early, ...late], TZ).map((a) => a.id)).toEqual(
      early.map((a) => a.id),
    );
  });
});
