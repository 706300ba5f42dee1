import { describe, expect, it } from "vitest";
import { groupWeek } from "./week";

const ZONE = "America/Toronto";
const names = new Map([
  ["p1", "Dre Julie Nguyen"],
  ["p2", "Dr Samuel Okafor"],
]);
const slot = (iso: string, practitionerId = "p1") => ({ startsAt: new Date(iso), practitionerId });
const times = (slots: { startsAt: string }[]) => slots.map((s) => s.startsAt);

describe("groupWeek", () => {
  it("gives the seven days from Monday, empty ones included", () => {
    const days = groupWeek([], "2026-03-09", ZONE, names);
    expect(days.map((d) => d.date)).toEqual([
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
      "2026-03-13",
      "2026-03-14",
      "2026-03-15",
    ]);
    expect(days.every((d) => d.morning.length === 0 && d.afternoon.length === 0)).toBe(true);
  });

  it("splits at the clinic's noon: 11:45 is morning, 12:00 afternoon", () => {
    // Toronto is UTC−5 in winter.
    const [monday] = groupWeek(
      [slot("2026-12-07T16:45:00Z"), slot("2026-12-07T17:00:00Z", "p2")],
      "2026-12-07",
      ZONE,
      names,
    );
    expect(monday!.morning).toEqual([
      {
        startsAt: "2026-12-07T16:45:00.000Z",
        minute: 11 * 60 + 45,
        practitionerId: "p1",
        practitionerName: "Dre Julie Nguyen",
      },
    ]);
    expect(monday!.afternoon).toEqual([
      {
        startsAt: "2026-12-07T17:00:00.000Z",
        minute: 12 * 60,
        practitionerId: "p2",
        practitionerName: "Dr Samuel Okafor",
      },
    ]);
  });

  it("groups by the clinic's day across the autumn change (Sunday 1 November 2026, 02:00 → 01:00)", () => {
    const days = groupWeek(
      [
        // Saturday 23:30 EDT (UTC−4) is already Sunday in UTC.
        slot("2026-11-01T03:30:00Z"),
        // Sunday 09:00 EST (UTC−5): 09:00 in UTC−4 would be 13:00 UTC.
        slot("2026-11-01T14:00:00Z"),
        // Sunday 11:30 EST, and 12:30 EST (17:30 UTC, 13:30 in the summer's offset).
        slot("2026-11-01T16:30:00Z"),
        slot("2026-11-01T17:30:00Z"),
        // Monday of the next week: outside this one.
        slot("2026-11-02T14:00:00Z"),
      ],
      "2026-10-26",
      ZONE,
      names,
    );
    const saturday = days[5]!;
    const sunday = days[6]!;
    expect(saturday.date).toBe("2026-10-31");
    expect(times(saturday.afternoon)).toEqual(["2026-11-01T03:30:00.000Z"]);
    expect(saturday.afternoon[0]!.minute).toBe(23 * 60 + 30);
    expect(sunday.date).toBe("2026-11-01");
    expect(sunday.morning.map((s) => s.minute)).toEqual([9 * 60, 11 * 60 + 30]);
    expect(times(sunday.afternoon)).toEqual(["2026-11-01T17:30:00.000Z"]);
    expect(sunday.afternoon[0]!.minute).toBe(12 * 60 + 30);
    const total = days.reduce((n, d) => n + d.morning.length + d.afternoon.length, 0);
    expect(total).toBe(4);
  });

  it("groups by the clinic's day across the spring change (Sunday 14 March 2027, 02:00 → 03:00)", () => {
    const days = groupWeek(
      [
        // Sunday 11:45 EDT (UTC−4) is morning; in winter's offset it would be 10:45.
        slot("2027-03-14T15:45:00Z"),
        // Sunday 12:00 EDT is afternoon; in winter's offset it would be 11:00, morning.
        slot("2027-03-14T16:00:00Z"),
        // Sunday 20:30 EDT is still Sunday; Monday 00:30 UTC.
        slot("2027-03-15T00:30:00Z"),
      ],
      "2027-03-08",
      ZONE,
      names,
    );
    const sunday = days[6]!;
    expect(sunday.date).toBe("2027-03-14");
    expect(sunday.morning.map((s) => s.minute)).toEqual([11 * 60 + 45]);
    expect(sunday.afternoon.map((s) => s.minute)).toEqual([12 * 60, 20 * 60 + 30]);
  });

  it("an unknown practitioner gets an empty name rather than failing the week", () => {
    const [monday] = groupWeek([slot("2026-12-07T15:00:00Z", "p9")], "2026-12-07", ZONE, names);
    expect(monday!.morning[0]!.practitionerName).toBe("");
  });
});
