import { describe, expect, it } from "vitest";
import { formatInstant, formatLocalDate, formatMinuteOfDay, formatWeekday } from "./format";

const TORONTO = "America/Toronto";
// 8:30 in Toronto on the first of December (EST, UTC-5).
const FIRST_AT_830 = new Date("2026-12-01T13:30:00Z");

describe("formatInstant", () => {
  it("writes the first of the month as 1er and the hour without a leading zero in French", () => {
    expect(formatInstant(FIRST_AT_830, "fr", TORONTO, "date")).toBe("1er décembre 2026");
    expect(formatInstant(FIRST_AT_830, "fr", TORONTO, "shortDate")).toBe("1er déc. 2026");
    expect(formatInstant(FIRST_AT_830, "fr", TORONTO, "time")).toBe("8 h 30");
    expect(formatInstant(FIRST_AT_830, "fr", TORONTO, "dateTimeZone")).toBe(
      "mardi 1er décembre 2026 à 8 h 30 HNE",
    );
  });

  it("leaves other days and two-digit hours alone", () => {
    const later = new Date("2026-12-11T18:05:00Z");
    expect(formatInstant(later, "fr", TORONTO, "dateTime")).toBe(
      "vendredi 11 décembre 2026 à 13 h 05",
    );
    expect(formatInstant("2026-12-21T15:00:00Z", "fr", TORONTO, "date")).toBe("21 décembre 2026");
  });

  it("keeps 1 when the month is a number", () => {
    expect(
      formatInstant(FIRST_AT_830, "fr", TORONTO, { day: "numeric", month: "numeric" }),
    ).not.toContain("er");
  });

  it("formats in the zone it is given, not the server's", () => {
    expect(formatInstant(FIRST_AT_830, "fr", "America/Vancouver", "time")).toBe("5 h 30");
    expect(formatInstant(FIRST_AT_830, "en", "America/Vancouver", "dateTime")).toBe(
      "Tuesday, December 1, 2026 at 5:30 a.m.",
    );
  });

  it("writes Canadian English", () => {
    expect(formatInstant(FIRST_AT_830, "en", TORONTO, "dateTimeZone")).toBe(
      "Tuesday, December 1, 2026 at 8:30 a.m. EST",
    );
  });
});

describe("calendar dates, times of day and weekdays", () => {
  it("does not shift a calendar date whatever the zone", () => {
    expect(formatLocalDate("2026-03-01", "fr")).toBe("1er mars 2026");
    expect(formatLocalDate("2026-03-01", "en", "weekdayDate")).toBe("Sunday, March 1, 2026");
  });

  it("writes minutes after midnight as a time of day", () => {
    expect(formatMinuteOfDay(8 * 60 + 30, "fr")).toBe("8 h 30");
    expect(formatMinuteOfDay(9 * 60, "en")).toBe("9:00 a.m.");
    expect(formatMinuteOfDay(24 * 60, "fr")).toBe("24 h 00");
  });

  it("names weekdays from Sunday", () => {
    expect(formatWeekday(0, "fr")).toBe("dimanche");
    expect(formatWeekday(6, "en")).toBe("Saturday");
  });
});
