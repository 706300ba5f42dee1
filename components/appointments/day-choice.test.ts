import { describe, expect, it } from "vitest";
import { shownDay, slotCount } from "./day-choice";

const day = (date: string, morning: number, afternoon: number) => ({
  date,
  morning: Array.from({ length: morning }, (_, i) => `m${i}`),
  afternoon: Array.from({ length: afternoon }, (_, i) => `a${i}`),
});
const week = [
  day("2026-12-07", 0, 0),
  day("2026-12-08", 2, 3),
  day("2026-12-09", 0, 1),
  day("2026-12-12", 0, 0),
];

describe("slotCount", () => {
  it("counts the morning and the afternoon", () => {
    expect(week.map(slotCount)).toEqual([0, 5, 1, 0]);
  });
});

describe("shownDay", () => {
  it("opens on the first day with a time, not on an empty Monday", () => {
    expect(shownDay(week, null)?.date).toBe("2026-12-08");
  });

  it("keeps the chosen day", () => {
    expect(shownDay(week, "2026-12-09")?.date).toBe("2026-12-09");
  });

  it("falls back to the first open day when the chosen one has no time or is in another week", () => {
    expect(shownDay(week, "2026-12-12")?.date).toBe("2026-12-08");
    expect(shownDay(week, "2026-12-01")?.date).toBe("2026-12-08");
  });

  it("is null for a week without any time", () => {
    expect(shownDay([day("2026-12-07", 0, 0), day("2026-12-08", 0, 0)], null)).toBeNull();
  });
});
