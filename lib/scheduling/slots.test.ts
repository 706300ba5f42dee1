// Slot generation from plain data, across both America/Toronto changes of
// 2026: blocks are wall-clock times, so a 09:00 block stays 09:00 local on the
// Monday after spring forward (13:00Z) and after fall back (14:00Z).
import { describe, expect, it } from "vitest";
import { localDateOf, localMinuteOf } from "@/lib/time/zoned";
import {
  type BlockInput,
  type BusyInput,
  busySpans,
  type ExceptionInput,
  generateSlots,
  type SlotQuery,
} from "./slots";

const TZ = "America/Toronto";
const P1 = "prac-1";
const P2 = "prac-2";
const SITE_A = "site-a";
const SITE_B = "site-b";
const TYPE = "type-15";
const OTHER_TYPE = "type-other";

const hm = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const local = (d: Date) => {
  const m = localMinuteOf(d, TZ);
  return `${localDateOf(d, TZ)} ${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

function block(over: Partial<BlockInput> & { from?: string; to?: string } = {}): BlockInput {
  const { from = "09:00", to = "10:00", ...rest } = over;
  return {
    practitionerId: P1,
    siteId: SITE_A,
    weekday: 1,
    startMinute: hm(from),
    endMinute: hm(to),
    validFrom: "2026-01-01",
    validUntil: null,
    typeIds: [TYPE],
    ...rest,
  };
}

function query(over: Partial<SlotQuery> = {}): SlotQuery {
  return {
    timeZone: TZ,
    typeId: TYPE,
    durationMinutes: 15,
    from: "2026-03-02",
    to: "2026-03-16",
    earliest: new Date("2026-01-01T00:00:00Z"),
    latest: new Date("2027-01-01T00:00:00Z"),
    practitionerIds: new Set([P1, P2]),
    ...over,
  };
}

const none = { exceptions: [] as ExceptionInput[], busy: busySpans([]) };

describe("weekly blocks across daylight-saving changes", () => {
  it("keeps the wall-clock times on the Mondays before and after spring forward", () => {
    const slots = generateSlots(
      { blocks: [block({ from: "09:00", to: "10:00" })], ...none },
      query(),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual([
      "2026-03-02 09:00",
      "2026-03-02 09:15",
      "2026-03-02 09:30",
      "2026-03-02 09:45",
      "2026-03-09 09:00",
      "2026-03-09 09:15",
      "2026-03-09 09:30",
      "2026-03-09 09:45",
    ]);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-03-02T14:00:00.000Z");
    expect(slots[4]!.startsAt.toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 15 * 60_000)).toBe(
      true,
    );
  });

  it("keeps the wall-clock times on the Sunday of spring forward itself, and skips a block inside the missing hour", () => {
    const blocks = [
      block({ weekday: 0, from: "09:00", to: "09:30" }),
      block({ weekday: 0, from: "02:00", to: "02:45" }),
    ];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-08", to: "2026-03-09" }),
    );
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-08T13:00:00.000Z",
      "2026-03-08T13:15:00.000Z",
    ]);
  });

  it("keeps the wall-clock times across fall back (Sunday 1 November and the Mondays around it)", () => {
    const blocks = [
      block({ weekday: 1, from: "16:00", to: "16:30" }),
      block({ weekday: 0, from: "09:00", to: "09:15" }),
    ];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-10-26", to: "2026-11-03" }),
    );
    expect(slots.map((s) => [local(s.startsAt), s.startsAt.toISOString()])).toEqual([
      ["2026-10-26 16:00", "2026-10-26T20:00:00.000Z"],
      ["2026-10-26 16:15", "2026-10-26T20:15:00.000Z"],
      ["2026-11-01 09:00", "2026-11-01T14:00:00.000Z"],
      ["2026-11-02 16:00", "2026-11-02T21:00:00.000Z"],
      ["2026-11-02 16:15", "2026-11-02T21:15:00.000Z"],
    ]);
  });

  it("cuts a block into whole slots only (a 30-minute type in a 09:00–10:15 block)", () => {
    const slots = generateSlots(
      { blocks: [block({ from: "09:00", to: "10:15" })], ...none },
      query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 30 }),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2026-03-02 09:00", "2026-03-02 09:30"]);
  });
});

describe("which blocks apply", () => {
  it("honours validFrom and validUntil (both inclusive)", () => {
    const blocks = [block({ validFrom: "2026-03-09", validUntil: "2026-03-16" })];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-01", to: "2026-03-31", durationMinutes: 60 }),
    );
    expect(slots.map((s) => localDateOf(s.startsAt, TZ))).toEqual(["2026-03-09", "2026-03-16"]);
  });

  it("offers only the types a block is limited to", () => {
    const blocks = [
      block({ typeIds: [OTHER_TYPE] }),
      block({ practitionerId: P2, typeIds: [TYPE, OTHER_TYPE] }),
    ];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 60 }),
    );
    expect(slots.map((s) => s.practitionerId)).toEqual([P2]);
  });

  it("offers only practitioners the search allows", () => {
    const blocks = [block(), block({ practitionerId: P2 })];
    const slots = generateSlots(
      { blocks, ...none },
      query({
        from: "2026-03-02",
        to: "2026-03-03",
        durationMinutes: 60,
        practitionerIds: new Set([P2]),
      }),
    );
    expect(slots.map((s) => s.practitionerId)).toEqual([P2]);
  });

  it("filters by site when one is asked for", () => {
    const blocks = [
      block({ from: "09:00", to: "10:00" }),
      block({ siteId: SITE_B, from: "13:00", to: "14:00" }),
    ];
    const q = query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 60 });
    expect(generateSlots({ blocks, ...none }, q).map((s) => s.siteId)).toEqual([SITE_A, SITE_B]);
    expect(
      generateSlots({ blocks, ...none }, { ...q, siteId: SITE_B }).map((s) => [
        s.siteId,
        local(s.startsAt),
      ]),
    ).toEqual([[SITE_B, "2026-03-02 13:00"]]);
  });

  it("stays inside [from, to) local dates", () => {
    const blocks = [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
      block({ weekday, from: "23:00", to: "24:00" }),
    );
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-04", to: "2026-03-06", durationMinutes: 60 }),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2026-03-04 23:00", "2026-03-05 23:00"]);
  });
});

describe("exceptions", () => {
  const monday = "2026-03-02";
  const q = query({ from: monday, to: "2026-03-03", durationMinutes: 30 });
  const blocks = [
    block({ from: "09:00", to: "11:00" }),
    block({ siteId: SITE_B, from: "13:00", to: "14:00" }),
  ];

  it("time off without a site closes every site", () => {
    const timeOff: ExceptionInput = {
      practitionerId: P1,
      siteId: null,
      kind: "timeOff",
      typeIds: [],
      startsAt: new Date("2026-03-02T14:00:00Z"),
      endsAt: new Date("2026-03-02T23:00:00Z"),
    };
    const slots = generateSlots({ blocks, exceptions: [timeOff], busy: busySpans([]) }, q);
    expect(slots).toEqual([]);
  });

  it("time off at one site closes only that site", () => {
    const timeOff: ExceptionInput = {
      practitionerId: P1,
      siteId: SITE_A,
      kind: "timeOff",
      typeIds: [],
      startsAt: new Date("2026-03-02T14:30:00Z"),
      endsAt: new Date("2026-03-02T23:00:00Z"),
    };
    const slots = generateSlots({ blocks, exceptions: [timeOff], busy: busySpans([]) }, q);
    expect(slots.map((s) => [s.siteId, local(s.startsAt)])).toEqual([
      [SITE_A, "2026-03-02 09:00"],
      [SITE_B, "2026-03-02 13:00"],
      [SITE_B, "2026-03-02 13:30"],
    ]);
  });

  it("time off of another practitioner changes nothing", () => {
    const timeOff: ExceptionInput = {
      practitionerId: P2,
      siteId: null,
      kind: "timeOff",
      typeIds: [],
      startsAt: new Date("2026-03-01T00:00:00Z"),
      endsAt: new Date("2026-03-05T00:00:00Z"),
    };
    expect(generateSlots({ blocks, exceptions: [timeOff], busy: busySpans([]) }, q)).toHaveLength(
      6,
    );
  });

  it("a long vacation closes its days even with appointments left inside it", () => {
    // Three weeks off, added after two visits were booked in its first days.
    const vacation: ExceptionInput = {
      practitionerId: P1,
      siteId: null,
      kind: "timeOff",
      typeIds: [],
      startsAt: new Date("2026-02-16T05:00:00Z"),
      endsAt: new Date("2026-03-09T05:00:00Z"),
    };
    const busy: BusyInput[] = [
      {
        practitionerId: P1,
        startsAt: new Date("2026-02-16T14:00:00Z"),
        endsAt: new Date("2026-02-16T14:30:00Z"),
      },
      {
        practitionerId: P1,
        startsAt: new Date("2026-02-17T14:00:00Z"),
        endsAt: new Date("2026-02-17T14:30:00Z"),
      },
    ];
    const slots = generateSlots(
      { blocks, exceptions: [vacation], busy: busySpans(busy) },
      query({ from: "2026-03-02", to: "2026-03-10", durationMinutes: 30 }),
    );
    expect(slots.every((s) => localDateOf(s.startsAt, TZ) === "2026-03-09")).toBe(true);
    expect(slots).toHaveLength(6);
  });

  it("an extra one-off block adds slots at its site, on a day without a weekly block", () => {
    const extra: ExceptionInput = {
      practitionerId: P1,
      siteId: SITE_B,
      kind: "extra",
      typeIds: [TYPE],
      startsAt: new Date("2026-03-07T15:00:00Z"),
      endsAt: new Date("2026-03-07T16:00:00Z"),
    }; // Saturday 10:00–11:00
    const week = query({ from: monday, to: "2026-03-09", durationMinutes: 30 });
    const slots = generateSlots({ blocks: [], exceptions: [extra], busy: busySpans([]) }, week);
    expect(slots.map((s) => [s.siteId, local(s.startsAt)])).toEqual([
      [SITE_B, "2026-03-07 10:00"],
      [SITE_B, "2026-03-07 10:30"],
    ]);
    expect(
      generateSlots(
        { blocks: [], exceptions: [extra], busy: busySpans([]) },
        { ...week, siteId: SITE_A },
      ),
    ).toEqual([]);
    expect(
      generateSlots(
        { blocks: [], exceptions: [extra], busy: busySpans([]) },
        { ...week, practitionerIds: new Set([P2]) },
      ),
    ).toEqual([]);
  });

  it("an extra block offers only its own types, like a weekly block", () => {
    const extra: ExceptionInput = {
      practitionerId: P1,
      siteId: SITE_B,
      kind: "extra",
      startsAt: new Date("2026-03-07T15:00:00Z"),
      endsAt: new Date("2026-03-07T16:00:00Z"),
      typeIds: [OTHER_TYPE],
    };
    const week = query({ from: monday, to: "2026-03-09", durationMinutes: 30 });
    const inputs = { blocks: [], exceptions: [extra], busy: busySpans([]) };
    expect(generateSlots(inputs, week)).toEqual([]);
    expect(generateSlots(inputs, { ...week, typeId: OTHER_TYPE })).toHaveLength(2);
  });

  it("an extra block outside the searched dates offers nothing", () => {
    const extra: ExceptionInput = {
      practitionerId: P1,
      siteId: SITE_B,
      kind: "extra",
      typeIds: [TYPE],
      startsAt: new Date("2026-03-09T15:00:00Z"),
      endsAt: new Date("2026-03-09T16:00:00Z"),
    };
    expect(
      generateSlots(
        { blocks: [], exceptions: [extra], busy: busySpans([]) },
        query({ from: monday, to: "2026-03-09" }),
      ),
    ).toEqual([]);
  });
});

describe("busy appointments", () => {
  it("a 30-minute type around a 15-minute visit at 10:15 starts again at 10:30", () => {
    const busy: BusyInput[] = [
      {
        practitionerId: P1,
        startsAt: new Date("2026-03-02T15:15:00Z"),
        endsAt: new Date("2026-03-02T15:30:00Z"),
      },
    ];
    const slots = generateSlots(
      { blocks: [block({ from: "09:00", to: "12:00" })], exceptions: [], busy: busySpans(busy) },
      query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 30 }),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual([
      "2026-03-02 09:00",
      "2026-03-02 09:30",
      "2026-03-02 10:30",
      "2026-03-02 11:00",
      "2026-03-02 11:30",
    ]);
  });

  it("a visit of another practitioner, or one at another site, is handled by practitioner", () => {
    const busy: BusyInput[] = [
      {
        practitionerId: P2,
        startsAt: new Date("2026-03-02T14:00:00Z"),
        endsAt: new Date("2026-03-02T15:00:00Z"),
      },
    ];
    const blocks = [block(), block({ practitionerId: P2, siteId: SITE_B })];
    const slots = generateSlots(
      { blocks, exceptions: [], busy: busySpans(busy) },
      query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 60 }),
    );
    expect(slots.map((s) => s.practitionerId)).toEqual([P1]);
  });

  it("back-to-back visits free the slot after them exactly at their end", () => {
    const busy: BusyInput[] = [
      {
        practitionerId: P1,
        startsAt: new Date("2026-03-02T14:00:00Z"),
        endsAt: new Date("2026-03-02T14:15:00Z"),
      },
      {
        practitionerId: P1,
        startsAt: new Date("2026-03-02T14:15:00Z"),
        endsAt: new Date("2026-03-02T14:40:00Z"),
      },
    ];
    const slots = generateSlots(
      { blocks: [block()], exceptions: [], busy: busySpans(busy) },
      query({ from: "2026-03-02", to: "2026-03-03" }),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2026-03-02 09:40"]);
  });

  it("visits given out of order block the same times as in order (the busy query sorts, other callers may not)", () => {
    const busy: BusyInput[] = [
      {
        practitionerId: P1,
        startsAt: new Date("2026-03-02T14:30:00Z"),
        endsAt: new Date("2026-03-02T14:45:00Z"),
      },
      {
        practitionerId: P1,
        startsAt: new Date("2026-03-02T14:00:00Z"),
        endsAt: new Date("2026-03-02T14:15:00Z"),
      },
    ];
    const run = (list: BusyInput[]) =>
      generateSlots(
        { blocks: [block()], exceptions: [], busy: busySpans(list) },
        query({ from: "2026-03-02", to: "2026-03-03" }),
      ).map((s) => local(s.startsAt));
    expect(run(busy)).toEqual(["2026-03-02 09:15", "2026-03-02 09:45"]);
    expect(run([...busy].reverse())).toEqual(run(busy));
  });
});

describe("overlaps, bounds and order", () => {
  it("overlapping blocks of one practitioner do not offer a time twice", () => {
    const blocks = [
      block({ from: "09:00", to: "10:00" }),
      block({ from: "09:00", to: "11:00", siteId: SITE_B }),
    ];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-02", to: "2026-03-03", durationMinutes: 30 }),
    );
    expect(slots.map((s) => local(s.startsAt))).toEqual([
      "2026-03-02 09:00",
      "2026-03-02 09:30",
      "2026-03-02 10:00",
      "2026-03-02 10:30",
    ]);
  });

  it("earliest and latest bound a slot's start (keeping the block's grid)", () => {
    const q = query({
      from: "2026-03-02",
      to: "2026-03-03",
      earliest: new Date("2026-03-02T14:10:00Z"), // 09:10
      latest: new Date("2026-03-02T14:45:00Z"), // 09:45 (a start exactly at it is allowed)
    });
    const slots = generateSlots({ blocks: [block()], ...none }, q);
    expect(slots.map((s) => local(s.startsAt))).toEqual([
      "2026-03-02 09:15",
      "2026-03-02 09:30",
      "2026-03-02 09:45",
    ]);
  });

  it("sorts by start, then practitioner", () => {
    const blocks = [
      block({ practitionerId: P2, from: "09:00", to: "09:30" }),
      block({ from: "09:15", to: "09:45", siteId: SITE_B }),
    ];
    const slots = generateSlots(
      { blocks, ...none },
      query({ from: "2026-03-02", to: "2026-03-03" }),
    );
    expect(slots.map((s) => `${local(s.startsAt)} ${s.practitionerId}`)).toEqual([
      "2026-03-02 09:00 prac-2",
      "2026-03-02 09:15 prac-1",
      "2026-03-02 09:15 prac-2",
      "2026-03-02 09:30 prac-1",
    ]);
  });
});
