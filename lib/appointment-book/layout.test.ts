import { describe, expect, it } from "vitest";
import { localToUtc } from "@/lib/time/zoned";
import { axisHours, lanes, placeClass, placement, wallSpan } from "./layout";

const TZ = "America/Toronto";
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return localToUtc(date, h * 60 + m, TZ)!;
};
const minutes = (ms: number) => new Date(ms);

describe("wallSpan", () => {
  it("places a visit by the clinic's wall clock", () => {
    expect(
      wallSpan(at("2026-12-08", "09:30"), at("2026-12-08", "10:15"), "2026-12-08", TZ),
    ).toEqual({ start: 570, end: 615 });
  });

  it("keeps 9:00 on the 9:00 line on the spring change day (Toronto, 2027-03-14)", () => {
    const start = at("2027-03-14", "09:00");
    // Five hours of UTC after local midnight, yet 9:00 on the clock: the change is at 2:00.
    expect(start.toISOString()).toBe("2027-03-14T13:00:00.000Z");
    expect(wallSpan(start, at("2027-03-14", "09:30"), "2027-03-14", TZ)).toEqual({
      start: 540,
      end: 570,
    });
  });

  it("draws a visit across the spring change by its wall-clock times", () => {
    // 1:30 EST for one hour ends at 3:30 EDT on the clock.
    const start = at("2027-03-14", "01:30");
    const end = minutes(start.getTime() + 60 * 60_000);
    expect(wallSpan(start, end, "2027-03-14", TZ)).toEqual({ start: 90, end: 210 });
  });

  it("keeps a visit's real length when the autumn change turns the clock back under it", () => {
    // Toronto, 2026-11-01: 1:30 EDT for one hour ends at 1:30 EST on the clock.
    const start = new Date("2026-11-01T05:30:00Z");
    const end = new Date("2026-11-01T06:30:00Z");
    expect(wallSpan(start, end, "2026-11-01", TZ)).toEqual({ start: 90, end: 150 });
    // 9:00 the same day is still on the 9:00 line.
    expect(
      wallSpan(at("2026-11-01", "09:00"), at("2026-11-01", "09:15"), "2026-11-01", TZ),
    ).toEqual({ start: 540, end: 555 });
  });

  it("runs a visit that ends after midnight to the end of its day", () => {
    expect(
      wallSpan(at("2026-12-08", "23:00"), at("2026-12-09", "01:00"), "2026-12-08", TZ),
    ).toEqual({ start: 1380, end: 1440 });
  });
});

describe("lanes", () => {
  it("gives a visit that overlaps nothing the whole width", () => {
    expect(
      lanes([
        { start: 540, end: 570 },
        { start: 570, end: 600 },
      ]),
    ).toEqual([
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
    ]);
  });

  it("puts overlapping visits side by side, in input order, and reuses a freed lane", () => {
    expect(
      lanes([
        { start: 600, end: 660 }, // 10:00–11:00
        { start: 540, end: 630 }, // 9:00–10:30
        { start: 630, end: 660 }, // 10:30–11:00, after the 9:00 one ended
        { start: 720, end: 750 }, // 12:00, alone
      ]),
    ).toEqual([
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 1 },
    ]);
  });

  it("counts the lanes of a chain of overlaps as one group", () => {
    expect(
      lanes([
        { start: 540, end: 600 },
        { start: 550, end: 560 },
        { start: 555, end: 620 },
        { start: 610, end: 640 },
      ]).map((l) => l.lanes),
    ).toEqual([3, 3, 3, 3]);
  });
});

describe("axisHours", () => {
  it("shows 8:00 to 18:00 at least", () => {
    expect(axisHours([])).toEqual({ from: 8, to: 18 });
    expect(axisHours([{ start: 600, end: 660 }])).toEqual({ from: 8, to: 18 });
  });

  it("widens to the earliest start and the latest end, on whole hours", () => {
    expect(
      axisHours([
        { start: 7 * 60 + 30, end: 12 * 60 },
        { start: 17 * 60, end: 19 * 60 + 15 },
      ]),
    ).toEqual({ from: 7, to: 20 });
    expect(axisHours([{ start: 1380, end: 1440 }])).toEqual({ from: 8, to: 24 });
  });
});

describe("placement", () => {
  it("counts whole hours and five-minute steps from the axis start", () => {
    expect(placement({ start: 9 * 60 + 30, end: 10 * 60 + 45 }, 8)).toEqual({
      hour: 1,
      step: 6,
      hours: 1,
      steps: 3,
    });
  });

  it("rounds an odd minute outward and is never less than one step high", () => {
    expect(placement({ start: 8 * 60 + 7, end: 8 * 60 + 8 }, 8)).toEqual({
      hour: 0,
      step: 1,
      hours: 0,
      steps: 1,
    });
  });
});

describe("placeClass", () => {
  it("names only what differs from the stylesheet's defaults, and the lane when shared", () => {
    expect(placeClass({ hour: 0, step: 0, hours: 0, steps: 3 })).toBe("cal-at cal-dm-3");
    expect(placeClass({ hour: 1, step: 6, hours: 1, steps: 0 }, 1, 2)).toBe(
      "cal-at cal-h-1 cal-m-6 cal-dh-1 cal-n-2 cal-l-1",
    );
    expect(placeClass({ hour: 0, step: 0, hours: 0, steps: 3 }, 9, 10)).toBe(
      "cal-at cal-dm-3 cal-n-8 cal-l-7",
    );
  });
});
