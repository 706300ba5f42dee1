import { describe, expect, it } from "vitest";
import { localToUtc } from "@/lib/time/zoned";
import { buildCalendar, type WorkingBlock } from "./calendar";

const TZ = "America/Toronto";
const at = (date: string, hhmm: string) =>
  localToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ)!;
const visit = (id: string, practitionerId: string, date: string, from: string, to: string) => ({
  id,
  practitionerId,
  startsAt: at(date, from),
  endsAt: at(date, to),
});
// Tuesday 2031-02-04 and Wednesday 2031-02-05.
const block = (over: Partial<WorkingBlock>): WorkingBlock => ({
  practitionerId: "p",
  weekday: 2,
  startMinute: 7 * 60,
  endMinute: 12 * 60,
  validFrom: "2031-01-01",
  validUntil: null,
  ...over,
});

describe("buildCalendar", () => {
  const days = [
    {
      date: "2031-02-04",
      rows: [
        visit("a", "p", "2031-02-04", "09:00", "09:30"),
        visit("b", "q", "2031-02-04", "09:15", "09:45"),
        visit("c", "p", "2031-02-04", "09:15", "09:45"),
      ],
    },
  ];

  it("puts each practitioner's visits in their column, overlapping ones side by side, on one axis widened to the working hours", () => {
    const cal = buildCalendar({
      columns: [
        { practitionerId: "p", date: "2031-02-04" },
        { practitionerId: "q", date: "2031-02-04" },
      ],
      days,
      blocks: [
        block({}),
        // Not that weekday, not yet valid, no longer valid, another practitioner's: none of them apply to p.
        block({ weekday: 3, startMinute: 5 * 60 }),
        block({ validFrom: "2031-02-05", startMinute: 5 * 60 }),
        block({ validUntil: "2031-02-03", startMinute: 5 * 60 }),
        block({ practitionerId: "r", startMinute: 5 * 60 }),
      ],
      timeZone: TZ,
      now: at("2031-02-04", "10:07"),
      today: "2031-02-04",
    });
    expect(cal.axis).toEqual({ from: 7, to: 18 });
    const [p, q] = cal.columns;
    expect(p!.visits.map((v) => [v.row.id, v.lane, v.lanes])).toEqual([
      ["a", 0, 2],
      ["c", 1, 2],
    ]);
    expect(p!.visits[0]!.place).toEqual({ hour: 2, step: 0, hours: 0, steps: 6 });
    expect(q!.visits.map((v) => [v.row.id, v.lanes])).toEqual([["b", 1]]);
    expect(p!.working).toEqual([{ hour: 0, step: 0, hours: 5, steps: 0 }]);
    expect(q!.working).toEqual([]);
    // Now, 10:07 on the clinic's clock: three hours and a step below 7:00, on today's columns.
    expect(p!.now).toEqual({ hour: 3, step: 1, hours: 0, steps: 1 });
    expect(p!.today).toBe(true);
  });

  it("marks the current time only on today's column, and only inside the axis", () => {
    const base = { days, blocks: [], timeZone: TZ, today: "2031-02-04" };
    const week = buildCalendar({
      ...base,
      columns: [
        { practitionerId: "p", date: "2031-02-03" },
        { practitionerId: "p", date: "2031-02-04" },
      ],
      now: at("2031-02-04", "12:00"),
    });
    expect(week.columns.map((c) => c.now !== null)).toEqual([false, true]);
    const evening = buildCalendar({
      ...base,
      columns: [{ practitionerId: "p", date: "2031-02-04" }],
      now: at("2031-02-04", "21:30"),
    });
    expect(evening.columns[0]!.now).toBeNull();
  });
});
