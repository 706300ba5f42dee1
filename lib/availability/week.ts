// The weekly editor's pure parts: reading its form (seven days of time ranges,
// each with its appointment types, and one validity for the week), the overlap
// rule within a day, "copy this day to…", and the difference between the
// blocks saved and the week typed. No zod and no server code: the editor (a
// client component) copies days with it, the action parses with it.
import { isLocalDate } from "@/lib/time/zoned";
import { formatClock, parseClock } from "./clock";

/** Weekdays in the order the editor lists them: Monday first, 0 = Sunday last. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export type WeekRange = { start: number; end: number; typeIds: string[] };
/** Index = weekday (0 = Sunday … 6 = Saturday). */
export type WeekDays = WeekRange[][];

export type WeekInput = {
  practitionerId: string;
  siteId: string;
  validFrom: string;
  validUntil: string | null;
  days: WeekDays;
  acknowledge: boolean;
};

/** A weekly block as saved: one range of one weekday, with the week's validity. */
export type WeekBlock = WeekRange & {
  weekday: number;
  validFrom: string;
  validUntil: string | null;
};

type RawForm = Record<string, string | string[] | undefined>;

/**
 * Form field names of one range: `start-<weekday>-<row>`, `end-…`, `types-…`
 * (one checkbox per type). `row` is any key unique within the form; errors
 * come back under the same names so each shows beside its field.
 */
export const rangeField = (part: "start" | "end" | "types", weekday: number, row: string) =>
  `${part}-${weekday}-${row}`;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const list = (v: string | string[] | undefined) =>
  [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()))].filter(
    Boolean,
  );

function clockCode(value: string): number | string {
  if (!value) return "required";
  const minutes = parseClock(value);
  if (minutes === null) return "time";
  return minutes % 5 === 0 ? minutes : "fiveMinuteGrid";
}

/**
 * Reads and checks the whole week at once, so every error is reported in one
 * answer: `errors` maps a field name to a message code (adminAvailability.errors.*).
 */
export function parseWeekForm(
  raw: RawForm,
): { ok: true; value: WeekInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const practitionerId = one(raw.practitionerId);
  const siteId = one(raw.siteId);
  if (!practitionerId) errors.practitionerId = "required";
  if (!siteId) errors.siteId = "required";
  const validFrom = one(raw.validFrom);
  const validUntil = one(raw.validUntil) || null;
  if (!validFrom) errors.validFrom = "required";
  else if (!isLocalDate(validFrom)) errors.validFrom = "date";
  if (validUntil !== null && !isLocalDate(validUntil)) errors.validUntil = "date";
  else if (validUntil !== null && !errors.validFrom && validUntil < validFrom)
    errors.validUntil = "untilBeforeFrom";

  const rows = new Map<string, { weekday: number; row: string }>();
  for (const key of Object.keys(raw)) {
    const m = /^(?:start|end|types)-([0-6])-([A-Za-z0-9_]{1,20})$/.exec(key);
    if (m) rows.set(`${m[1]}-${m[2]}`, { weekday: Number(m[1]), row: m[2]! });
  }
  if (rows.size > 7 * 24) errors.form = "tooMany";

  const days: { range: WeekRange; row: string }[][] = Array.from({ length: 7 }, () => []);
  for (const { weekday, row } of rows.values()) {
    const field = (part: "start" | "end" | "types") => rangeField(part, weekday, row);
    const start = clockCode(one(raw[field("start")]));
    const end = clockCode(one(raw[field("end")]));
    const typeIds = list(raw[field("types")]);
    if (typeof start === "string") errors[field("start")] = start;
    if (typeof end === "string") errors[field("end")] = end;
    else if (typeof start === "number" && end <= start) errors[field("end")] = "endAfterStart";
    if (typeIds.length === 0) errors[field("types")] = "typesRequired";
    if (typeof start === "number" && typeof end === "number" && end > start)
      days[weekday]!.push({ range: { start, end, typeIds }, row });
  }
  for (const [weekday, ranges] of days.entries()) {
    for (const row of overlappingRows(ranges.map((r) => ({ ...r.range, row: r.row }))))
      errors[rangeField("start", weekday, row)] ??= "overlap";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      practitionerId,
      siteId,
      validFrom,
      validUntil,
      days: days.map((ranges) => sortRanges(ranges.map((r) => r.range))),
      acknowledge: one(raw.acknowledge) === "on",
    },
  };
}

const sortRanges = <T extends WeekRange>(ranges: T[]) =>
  [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);

/**
 * The rows of one day that start before the previous one ends (touching is
 * fine: 08:30–12:00 then 12:00–16:30). Each such row is reported, not its partner.
 */
export function overlappingRows<T extends WeekRange & { row: string }>(ranges: T[]): string[] {
  const sorted = sortRanges(ranges);
  const out: string[] = [];
  let reach = -1;
  for (const r of sorted) {
    if (r.start < reach) out.push(r.row);
    reach = Math.max(reach, r.end);
  }
  return out;
}

/**
 * "Copy this day to…": each target day gets a copy of the source day's ranges,
 * replacing what it had; `copy` gives each copied row its own identity.
 */
export function copyDay<T>(days: T[][], from: number, targets: number[], copy: (r: T) => T) {
  return days.map((ranges, weekday) =>
    weekday !== from && targets.includes(weekday) ? days[from]!.map(copy) : ranges,
  );
}

const sameTypes = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

export type WeekDiff<E extends WeekBlock> = {
  added: WeekBlock[];
  removed: E[];
  changed: { before: E; after: WeekBlock }[];
  unchanged: E[];
};

/**
 * What saving `days` with one validity changes in the blocks already saved.
 * Per weekday: a block identical to a typed range is unchanged; one with the
 * same hours but other types or dates is changed; the blocks and ranges left
 * are paired in time order as changed, the rest added or removed. So a second
 * save of the same week changes nothing, and editing one range changes only it.
 */
export function diffWeek<E extends WeekBlock>(
  existing: E[],
  days: WeekDays,
  validity: { validFrom: string; validUntil: string | null },
): WeekDiff<E> {
  const diff: WeekDiff<E> = { added: [], removed: [], changed: [], unchanged: [] };
  for (let weekday = 0; weekday < 7; weekday++) {
    let before = sortRanges(existing.filter((b) => b.weekday === weekday));
    let after: WeekBlock[] = sortRanges(days[weekday] ?? []).map((r) => ({
      ...r,
      weekday,
      ...validity,
    }));
    const take = (match: (b: E, a: WeekBlock) => boolean, into: (b: E, a: WeekBlock) => void) => {
      const rest: WeekBlock[] = [];
      for (const a of after) {
        const b = before.find((x) => match(x, a));
        if (b) {
          before = before.filter((x) => x !== b);
          into(b, a);
        } else rest.push(a);
      }
      after = rest;
    };
    const sameHours = (b: E, a: WeekBlock) => b.start === a.start && b.end === a.end;
    take(
      (b, a) =>
        sameHours(b, a) &&
        sameTypes(b.typeIds, a.typeIds) &&
        b.validFrom === a.validFrom &&
        b.validUntil === a.validUntil,
      (b) => diff.unchanged.push(b),
    );
    take(sameHours, (b, a) => diff.changed.push({ before: b, after: a }));
    const pairs = Math.min(before.length, after.length);
    for (let i = 0; i < pairs; i++) diff.changed.push({ before: before[i]!, after: after[i]! });
    diff.removed.push(...before.slice(pairs));
    diff.added.push(...after.slice(pairs));
  }
  return diff;
}

/** A block in one line for the audit log: "1 08:30-12:00 [typeA,typeB] 2031-02-01..". */
export function blockLine(b: WeekBlock): string {
  return `${b.weekday} ${formatClock(b.start)}-${formatClock(b.end)} [${[...b.typeIds].sort().join(",")}] ${b.validFrom}..${b.validUntil ?? ""}`;
}
