// Wall-clock ↔ UTC in the clinic's zone across both America/Toronto changes of
// 2026: spring forward on Sunday 8 March (02:00 → 03:00, EST −5 → EDT −4) and
// fall back on Sunday 1 November (02:00 → 01:00, EDT −4 → EST −5).
import { describe, expect, it } from "vitest";
import {
  addDays,
  isLocalDate,
  localDateOf,
  localMinuteOf,
  localToUtc,
  mondayOf,
  offsetMinutes,
  weekdayOf,
} from "./zoned";

const TZ = "America/Toronto";
const iso = (d: Date | null) => d?.toISOString() ?? null;
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe("localToUtc", () => {
  it("uses the winter offset (−5) the day before spring forward and the summer one (−4) on the day", () => {
    expect(iso(localToUtc("2026-03-07", at("09:00"), TZ))).toBe("2026-03-07T14:00:00.000Z");
    expect(iso(localToUtc("2026-03-08", at("09:00"), TZ))).toBe("2026-03-08T13:00:00.000Z");
    expect(iso(localToUtc("2026-03-09", at("09:00"), TZ))).toBe("2026-03-09T13:00:00.000Z");
  });

  it("gives null for a time skipped by spring forward, and the edges of the gap exist", () => {
    expect(localToUtc("2026-03-08", at("02:30"), TZ)).toBeNull();
    expect(localToUtc("2026-03-08", at("02:00"), TZ)).toBeNull();
    expect(iso(localToUtc("2026-03-08", at("01:59"), TZ))).toBe("2026-03-08T06:59:00.000Z");
    expect(iso(localToUtc("2026-03-08", at("03:00"), TZ))).toBe("2026-03-08T07:00:00.000Z");
    // Midnight of the change day is still winter time.
    expect(iso(localToUtc("2026-03-08", 0, TZ))).toBe("2026-03-08T05:00:00.000Z");
  });

  it("gives the first occurrence of a time that happens twice when falling back", () => {
    // 01:30 EDT (05:30Z) comes first, 01:30 EST (06:30Z) an hour later.
    expect(iso(localToUtc("2026-11-01", at("01:30"), TZ))).toBe("2026-11-01T05:30:00.000Z");
    expect(iso(localToUtc("2026-11-01", at("00:30"), TZ))).toBe("2026-11-01T04:30:00.000Z");
    expect(iso(localToUtc("2026-11-01", at("02:00"), TZ))).toBe("2026-11-01T07:00:00.000Z");
  });

  it("uses the summer offset the day before fall back and the winter one on the day", () => {
    expect(iso(localToUtc("2026-10-31", at("09:00"), TZ))).toBe("2026-10-31T13:00:00.000Z");
    expect(iso(localToUtc("2026-11-01", at("09:00"), TZ))).toBe("2026-11-01T14:00:00.000Z");
    expect(iso(localToUtc("2026-11-02", at("16:30"), TZ))).toBe("2026-11-02T21:30:00.000Z");
  });

  it("accepts minutes past the day (24:00 is next midnight) and works in other zones", () => {
    expect(iso(localToUtc("2026-01-15", 24 * 60, TZ))).toBe("2026-01-16T05:00:00.000Z");
    expect(iso(localToUtc("2026-07-01", at("09:00"), "UTC"))).toBe("2026-07-01T09:00:00.000Z");
    expect(iso(localToUtc("2026-07-01", at("09:00"), "Europe/Paris"))).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(localToUtc("2026-03-29", at("02:30"), "Europe/Paris")).toBeNull();
  });

  it("round-trips through localDateOf and localMinuteOf on every quarter hour of both change days", () => {
    for (const date of ["2026-03-08", "2026-11-01"]) {
      for (let minute = 0; minute < 24 * 60; minute += 15) {
        const utc = localToUtc(date, minute, TZ);
        if (!utc) continue;
        expect(localDateOf(utc, TZ)).toBe(date);
        expect(localMinuteOf(utc, TZ)).toBe(minute);
      }
    }
  });
});

describe("offsetMinutes", () => {
  it("is −300 in winter and −240 in summer", () => {
    expect(offsetMinutes(TZ, Date.parse("2026-01-15T12:00:00Z"))).toBe(-300);
    expect(offsetMinutes(TZ, Date.parse("2026-07-15T12:00:00Z"))).toBe(-240);
    expect(offsetMinutes(TZ, Date.parse("2026-03-08T06:59:59Z"))).toBe(-300);
    expect(offsetMinutes(TZ, Date.parse("2026-03-08T07:00:00Z"))).toBe(-240);
  });
});

describe("localDateOf and localMinuteOf near midnight", () => {
  it("puts an instant on the clinic's calendar day, not the UTC one", () => {
    expect(localDateOf(new Date("2026-01-15T04:59:00Z"), TZ)).toBe("2026-01-14");
    expect(localDateOf(new Date("2026-01-15T05:00:00Z"), TZ)).toBe("2026-01-15");
    expect(localDateOf(new Date("2026-07-15T03:59:00Z"), TZ)).toBe("2026-07-14");
    expect(localDateOf(new Date("2026-07-15T04:00:00Z"), TZ)).toBe("2026-07-15");
    expect(localMinuteOf(new Date("2026-01-15T04:59:00Z"), TZ)).toBe(23 * 60 + 59);
    expect(localMinuteOf(new Date("2026-01-15T05:00:00Z"), TZ)).toBe(0);
  });

  it("handles the hour that happens twice", () => {
    expect(localMinuteOf(new Date("2026-11-01T05:30:00Z"), TZ)).toBe(at("01:30"));
    expect(localMinuteOf(new Date("2026-11-01T06:30:00Z"), TZ)).toBe(at("01:30"));
    expect(localDateOf(new Date("2026-11-02T04:59:00Z"), TZ)).toBe("2026-11-01");
  });
});

describe("calendar helpers", () => {
  it("addDays crosses months, years and the changes by calendar days", () => {
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("weekdayOf counts from Sunday", () => {
    expect(weekdayOf("2026-03-08")).toBe(0);
    expect(weekdayOf("2026-03-09")).toBe(1);
    expect(weekdayOf("2026-11-07")).toBe(6);
  });

  it("mondayOf gives the Monday on or before a date", () => {
    expect(mondayOf("2026-03-09")).toBe("2026-03-09"); // a Monday
    expect(mondayOf("2026-03-08")).toBe("2026-03-02"); // a Sunday belongs to the week before
    expect(mondayOf("2026-03-11")).toBe("2026-03-09");
    expect(mondayOf("2026-03-14")).toBe("2026-03-09");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28"); // across a year
  });

  it("isLocalDate accepts only real YYYY-MM-DD dates", () => {
    expect(isLocalDate("2026-03-08")).toBe(true);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("2026-04-31")).toBe(false);
    expect(isLocalDate("2026-3-8")).toBe(false);
    expect(isLocalDate("2026-03-08T00:00")).toBe(false);
    expect(isLocalDate("")).toBe(false);
    expect(isLocalDate("0000-00-00")).toBe(false);
  });
});

describe("the cached offsets agree with Intl", () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const viaIntl = (instant: Date, timeZone: string) => {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      });
      formats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
  };

  it("every 17 min 13 s around both 2026 changes and at odd instants, in several zones", () => {
    const zones = [
      TZ,
      "America/St_Johns",
      "Europe/Paris",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "UTC",
    ];
    const starts = [
      "2026-03-07T00:00:00Z",
      "2026-10-31T00:00:00Z",
      "2026-04-04T00:00:00Z",
      "1883-11-18T12:00:00Z",
    ];
    for (const timeZone of zones) {
      for (const start of starts) {
        for (let t = Date.parse(start); t < Date.parse(start) + 3 * 86_400_000; t += 1_033_000) {
          const instant = new Date(t + 123);
          const expected = viaIntl(instant, timeZone);
          expect(
            { date: localDateOf(instant, timeZone), minute: localMinuteOf(instant, timeZone) },
            `${timeZone} ${instant.toISOString()}`,
          ).toEqual(expected);
        }
      }
    }
  });
});
