import { afterEach, describe, expect, it } from "vitest";
import { now, setClockForTests, todayIn } from "./clock";

afterEach(() => setClockForTests(undefined));

describe("clock", () => {
  it("gives today's date in the clinic's time zone, not UTC's", () => {
    expect(todayIn("America/Toronto", new Date("2026-01-02T03:00:00Z"))).toBe("2026-01-01");
    expect(todayIn("America/Toronto", new Date("2026-01-02T05:00:00Z"))).toBe("2026-01-02");
    // Around the spring change: 04:30 UTC is 23:30 EST on the 7th, 06:30 UTC is 01:30 EST on the 8th.
    expect(todayIn("America/Toronto", new Date("2026-03-08T04:30:00Z"))).toBe("2026-03-07");
    expect(todayIn("America/Toronto", new Date("2026-03-08T06:30:00Z"))).toBe("2026-03-08");
  });

  it("follows an injected clock, for today as well", () => {
    setClockForTests(() => new Date("2031-11-02T04:30:00Z"));
    expect(now().toISOString()).toBe("2031-11-02T04:30:00.000Z");
    // 00:30 EDT on the day clocks fall back.
    expect(todayIn("America/Toronto")).toBe("2031-11-02");
  });
});
