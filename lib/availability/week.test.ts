import { describe, expect, it } from "vitest";
import { copyDay, diffWeek, overlappingRows, parseWeekForm, type WeekBlock } from "./week";

const base = {
  practitionerId: "pr",
  siteId: "site",
  validFrom: "2031-02-01",
  validUntil: "",
};

describe("parseWeekForm", () => {
  it("reads the ranges of each day, sorted by start, with their types and the week's validity", () => {
    const parsed = parseWeekForm({
      ...base,
      "start-1-b": "13:00",
      "end-1-b": "16:30",
      "types-1-b": "t1",
      "start-1-a": "08:30",
      "end-1-a": "12:00",
      "types-1-a": ["t1", "t2", "t1"],
      "start-5-x": "09:00",
      "end-5-x": "10:00",
      "types-5-x": "t2",
      acknowledge: "on",
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...base,
        validUntil: null,
        acknowledge: true,
        days: [
          [],
          [
            { start: 510, end: 720, typeIds: ["t1", "t2"] },
            { start: 780, end: 990, typeIds: ["t1"] },
          ],
          [],
          [],
          [],
          [{ start: 540, end: 600, typeIds: ["t2"] }],
          [],
        ],
      },
    });
  });

  it("an empty week is a valid week (it closes the site)", () => {
    const parsed = parseWeekForm(base);
    expect(parsed.ok && parsed.value.days).toEqual([[], [], [], [], [], [], []]);
  });

  it("reports every error at once, each under its own field name", () => {
    const parsed = parseWeekForm({
      practitionerId: "pr",
      siteId: "",
      validFrom: "2031-02-30",
      validUntil: "2031-01-01",
      "start-1-a": "",
      "end-1-a": "12:00",
      "types-1-a": "t1",
      "start-2-a": "09:03",
      "end-2-a": "8:00",
      "start-3-a": "10:00",
      "end-3-a": "09:00",
      "types-3-a": "t1",
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        siteId: "required",
        validFrom: "date",
        "start-1-a": "required",
        "start-2-a": "fiveMinuteGrid",
        "end-2-a": "time",
        "types-2-a": "typesRequired",
        "end-3-a": "endAfterStart",
      },
    });
  });

  it("refuses an until date before the from date", () => {
    expect(parseWeekForm({ ...base, validUntil: "2031-01-31" })).toEqual({
      ok: false,
      errors: { validUntil: "untilBeforeFrom" },
    });
  });

  it("refuses overlapping ranges within a day, beside the later range; touching ranges are fine", () => {
    const range = (row: string, start: string, end: string, weekday = 1) => ({
      [`start-${weekday}-${row}`]: start,
      [`end-${weekday}-${row}`]: end,
      [`types-${weekday}-${row}`]: "t1",
    });
    expect(
      parseWeekForm({
        ...base,
        ...range("a", "08:30", "12:00"),
        ...range("b", "11:00", "13:00"),
        ...range("c", "13:00", "14:00"),
        // The same hours on another day do not overlap.
        ...range("a", "08:30", "12:00", 2),
      }),
    ).toEqual({ ok: false, errors: { "start-1-b": "overlap" } });
  });
});

describe("overlappingRows", () => {
  const r = (row: string, start: number, end: number) => ({ row, start, end, typeIds: [] });
  it("finds a range inside another and one starting before the previous ends", () => {
    expect(overlappingRows([r("a", 0, 600), r("b", 60, 120), r("c", 590, 700)])).toEqual([
      "b",
      "c",
    ]);
    expect(overlappingRows([r("a", 0, 60), r("b", 60, 120)])).toEqual([]);
  });
});

describe("copyDay", () => {
  it("replaces each chosen day with copies of the source day and leaves the others", () => {
    let n = 0;
    const days = [[], [{ k: "m1" }, { k: "m2" }], [{ k: "t1" }], [], [], [], [{ k: "s1" }]];
    const copied = copyDay(days, 1, [1, 2, 3, 5], (r) => ({ k: `${r.k}-copy${++n}` }));
    expect(copied).toEqual([
      [],
      [{ k: "m1" }, { k: "m2" }],
      [{ k: "m1-copy1" }, { k: "m2-copy2" }],
      [{ k: "m1-copy3" }, { k: "m2-copy4" }],
      [],
      [{ k: "m1-copy5" }, { k: "m2-copy6" }],
      [{ k: "s1" }],
    ]);
    // The source keeps its own rows (copying a day onto itself does nothing).
    expect(copied[1]).toBe(days[1]);
  });
});

describe("diffWeek", () => {
  const validity = { validFrom: "2031-02-01", validUntil: null };
  const block = (id: string, weekday: number, start: number, end: number, typeIds = ["t1"]) =>
    ({ id, weekday, start, end, typeIds, ...validity }) satisfies WeekBlock & { id: string };
  const existing = [block("mon-am", 1, 510, 720), block("mon-pm", 1, 780, 990)];
  const week = (monday: { start: number; end: number; typeIds: string[] }[]) => [
    [],
    monday,
    [],
    [],
    [],
    [],
    [],
  ];

  it("the same week changes nothing", () => {
    const d = diffWeek(
      existing,
      week([
        { start: 780, end: 990, typeIds: ["t1"] },
        { start: 510, end: 720, typeIds: ["t1"] },
      ]),
      validity,
    );
    expect(d).toMatchObject({ added: [], removed: [], changed: [] });
    expect(d.unchanged.map((b) => b.id).sort()).toEqual(["mon-am", "mon-pm"]);
  });

  it("a range with new hours is a change of that block only; a new day is an addition", () => {
    const days = week([
      { start: 510, end: 720, typeIds: ["t1"] },
      { start: 780, end: 1020, typeIds: ["t1"] },
    ]);
    days[2] = [{ start: 540, end: 600, typeIds: ["t2"] }];
    const d = diffWeek(existing, days, validity);
    expect(d.unchanged.map((b) => b.id)).toEqual(["mon-am"]);
    expect(d.changed).toEqual([
      {
        before: existing[1],
        after: { weekday: 1, start: 780, end: 1020, typeIds: ["t1"], ...validity },
      },
    ]);
    expect(d.added).toEqual([{ weekday: 2, start: 540, end: 600, typeIds: ["t2"], ...validity }]);
    expect(d.removed).toEqual([]);
  });

  it("other types or another validity on the same hours is a change; a range gone is a removal", () => {
    const d = diffWeek(existing, week([{ start: 510, end: 720, typeIds: ["t2"] }]), {
      validFrom: "2031-03-01",
      validUntil: null,
    });
    expect(d.changed.map((c) => [c.before.id, c.after.typeIds, c.after.validFrom])).toEqual([
      ["mon-am", ["t2"], "2031-03-01"],
    ]);
    expect(d.removed.map((b) => b.id)).toEqual(["mon-pm"]);
  });
});
