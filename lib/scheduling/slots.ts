// Slot generation: pure, so it is tested across daylight-saving changes with
// plain data. Slots are computed, never stored: weekly blocks (local wall-clock
// times in the clinic's zone) and one-off extra blocks, minus time off, minus
// the practitioner's active appointments (at any site).
import { addDays, localDayToUtc, localToUtc, type LocalDate, weekdayOf } from "@/lib/time/zoned";

export type BlockInput = {
  id?: string;
  practitionerId: string;
  siteId: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
  typeIds: readonly string[];
};

export type ExceptionInput = {
  practitionerId: string;
  /** Time off without a site applies at every site. An extra block always names its site. */
  siteId: string | null;
  kind: "timeOff" | "extra";
  startsAt: Date;
  endsAt: Date;
  /** The types an extra block offers, like a weekly block's (time off: none). */
  typeIds: readonly string[];
};

export type BusyInput = { practitionerId: string; startsAt: Date; endsAt: Date };

/**
 * Active appointments per practitioner as parallel arrays of UTC ms: a
 * whole-clinic month is ~10,000 visits, and an object and two Dates per visit
 * were most of a search's garbage. The busy query fills it directly.
 */
export type BusySpans = Map<string, { starts: number[]; ends: number[] }>;

export function busySpans(list: readonly BusyInput[]): BusySpans {
  const spans: BusySpans = new Map();
  for (const b of list) {
    let group = spans.get(b.practitionerId);
    if (!group) spans.set(b.practitionerId, (group = { starts: [], ends: [] }));
    group.starts.push(b.startsAt.getTime());
    group.ends.push(b.endsAt.getTime());
  }
  return spans;
}

export type SlotQuery = {
  timeZone: string;
  typeId: string;
  durationMinutes: number;
  /** Local dates, `from` inclusive, `to` exclusive. */
  from: LocalDate;
  to: LocalDate;
  /** Bounds on a slot's start (minimum notice, maximum horizon). */
  earliest: Date;
  latest: Date;
  siteId?: string;
  /** Practitioners allowed for this search (type scope, bookable online); extra blocks need it. */
  practitionerIds: ReadonlySet<string>;
};

export type Slot = { practitionerId: string; siteId: string; startsAt: Date; endsAt: Date };

/** An open window; an extra block also bounds where its slots may start (the query's local dates). */
type Window = {
  practitionerId: string;
  siteId: string;
  start: number;
  end: number;
  startFrom?: number;
  startBefore?: number;
};

/** The blocks that can apply in this query, by weekday: filtered once, not once per date. */
function blocksByWeekday(blocks: readonly BlockInput[], query: SlotQuery): BlockInput[][] {
  const byWeekday: BlockInput[][] = [[], [], [], [], [], [], []];
  for (const block of blocks) {
    if (!block.typeIds.includes(query.typeId) || !query.practitionerIds.has(block.practitionerId))
      continue;
    if (query.siteId && block.siteId !== query.siteId) continue;
    byWeekday[block.weekday]?.push(block);
  }
  return byWeekday;
}

/** The first instant of a local date (midnight, or the first minute that exists when a change skips it). */
function startOfLocalDay(date: LocalDate, timeZone: string): number {
  for (let minute = 0; minute <= 180; minute += 15) {
    const instant = localToUtc(date, minute, timeZone);
    if (instant) return instant.getTime();
  }
  return Date.parse(`${date}T00:00:00Z`);
}

/** The open windows (UTC ms) of every practitioner in the query's dates. */
function openWindows(
  blocks: readonly BlockInput[],
  extras: readonly ExceptionInput[],
  query: SlotQuery,
): Window[] {
  const windows: Window[] = [];
  const byWeekday = blocksByWeekday(blocks, query);
  for (let date = query.from; date < query.to; date = addDays(date, 1)) {
    const blocksOfDay = byWeekday[weekdayOf(date)]!;
    if (blocksOfDay.length === 0) continue;
    const toUtc = localDayToUtc(date, query.timeZone);
    for (const block of blocksOfDay) {
      if (block.validFrom > date || (block.validUntil !== null && date > block.validUntil))
        continue;
      const start = toUtc(block.startMinute);
      const end = toUtc(block.endMinute);
      // A block edge inside the skipped spring hour does not exist that day: skip the block.
      if (start !== null && end !== null)
        windows.push({ practitionerId: block.practitionerId, siteId: block.siteId, start, end });
    }
  }
  // Extra blocks are instants: keep only the slots that start on the query's local dates
  // (the inputs are read with a day of margin on each side).
  const rangeStart = startOfLocalDay(query.from, query.timeZone);
  const rangeEnd = startOfLocalDay(query.to, query.timeZone);
  for (const extra of extras) {
    if (extra.kind !== "extra" || !extra.siteId || !query.practitionerIds.has(extra.practitionerId))
      continue;
    if (!extra.typeIds.includes(query.typeId)) continue;
    if (query.siteId && extra.siteId !== query.siteId) continue;
    const start = extra.startsAt.getTime();
    if (extra.endsAt.getTime() <= rangeStart || start >= rangeEnd) continue;
    windows.push({
      practitionerId: extra.practitionerId,
      siteId: extra.siteId,
      start,
      end: extra.endsAt.getTime(),
      startBefore: rangeEnd,
      startFrom: rangeStart,
    });
  }
  return windows;
}

/**
 * Per practitioner, the intervals no slot may overlap, sorted by start, with
 * the running maximum of their ends: time off can be long and can overlap
 * visits booked before it, so "the latest end among the intervals that start
 * before t" is what tells whether t is free.
 */
type Blocked = { starts: number[]; maxEnds: number[] };

/** Intervals (start and end numbers) grouped by practitioner, then sorted and indexed. */
function indexIntervals(groups: BusySpans): Map<string, Blocked> {
  const byPractitioner = new Map<string, Blocked>();
  for (const [practitionerId, { starts, ends }] of groups) {
    // Usually already in order (the busy query reads them by index): then no sort and no copy.
    let sorted = true;
    for (let i = 1; i < starts.length && sorted; i++) sorted = starts[i - 1]! <= starts[i]!;
    let s = starts;
    let e = ends;
    if (!sorted) {
      const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
      s = order.map((i) => starts[i]!);
      e = order.map((i) => ends[i]!);
    }
    const maxEnds = new Array<number>(s.length);
    let maxEnd = -Infinity;
    for (let i = 0; i < s.length; i++) maxEnds[i] = maxEnd = Math.max(maxEnd, e[i]!);
    byPractitioner.set(practitionerId, { starts: s, maxEnds });
  }
  return byPractitioner;
}

/** Time off without a site applies at every site; with one, at that site only. */
function timeOffIntervals(
  exceptions: readonly ExceptionInput[],
  siteId: string,
): Map<string, Blocked> {
  const away = exceptions.filter(
    (e) => e.kind === "timeOff" && (e.siteId === null || e.siteId === siteId),
  );
  return indexIntervals(busySpans(away));
}

/** The latest end of the intervals overlapping [start, end), or null when free. */
function collision(blocked: Blocked | undefined, start: number, end: number): number | null {
  if (!blocked) return null;
  // Binary search the intervals starting before `end`; the latest end among them decides.
  let lo = 0;
  let hi = blocked.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocked.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  const latestEnd = blocked.maxEnds[lo - 1]!;
  return latestEnd > start ? latestEnd : null;
}

/**
 * Every bookable slot of the query, sorted by start then practitioner. Slots
 * step by the type's duration from the window's start; after an appointment
 * that is in the way, the next slot starts where it ends, so a 15-minute visit
 * at 10:15 does not waste the rest of the morning.
 */
export function generateSlots(
  input: { blocks: readonly BlockInput[]; exceptions: readonly ExceptionInput[]; busy: BusySpans },
  query: SlotQuery,
): Slot[] {
  const step = query.durationMinutes * 60_000;
  const earliest = query.earliest.getTime();
  const latest = query.latest.getTime();
  // Appointments block a practitioner at every site: indexed once per search.
  const busy = indexIntervals(input.busy);
  const timeOffBySite = new Map<string, Map<string, Blocked>>();
  // Plain numbers while generating (a whole-clinic month is ~20,000 slots):
  // two number arrays instead of an object per slot, and the Slot objects are
  // made once, after sorting and de-duplicating. Sorting by (start,
  // practitioner) compares numbers only: each practitioner gets its rank in id order.
  const ranks = new Map([...query.practitionerIds].sort().map((id, rank) => [id, rank] as const));
  const windows = openWindows(input.blocks, input.exceptions, query);
  const windowRank = windows.map((w) => ranks.get(w.practitionerId) ?? 0);
  const starts: number[] = [];
  const owners: number[] = [];
  for (let wi = 0; wi < windows.length; wi++) {
    const w = windows[wi]!;
    let timeOff = timeOffBySite.get(w.siteId);
    if (!timeOff)
      timeOffBySite.set(w.siteId, (timeOff = timeOffIntervals(input.exceptions, w.siteId)));
    const visits = busy.get(w.practitionerId);
    const away = timeOff.get(w.practitionerId);
    const lastStart = Math.min(latest, (w.startBefore ?? Infinity) - 1);
    const firstStart = Math.max(earliest, w.startFrom ?? -Infinity);
    // Skip the steps before the first allowed start at once, keeping the window's grid.
    let start =
      firstStart > w.start ? w.start + Math.ceil((firstStart - w.start) / step) * step : w.start;
    while (start + step <= w.end && start <= lastStart) {
      const untilVisit = collision(visits, start, start + step);
      const untilBack = collision(away, start, start + step);
      if (untilVisit !== null || untilBack !== null) {
        start = Math.max(untilVisit ?? -Infinity, untilBack ?? -Infinity);
        continue;
      }
      starts.push(start);
      owners.push(wi);
      start += step;
    }
  }
  const order = Array.from({ length: starts.length }, (_, i) => i);
  order.sort(
    (a, b) => starts[a]! - starts[b]! || windowRank[owners[a]!]! - windowRank[owners[b]!]!,
  );
  const slots: Slot[] = [];
  let previousStart = NaN;
  let previousRank = -1;
  for (const i of order) {
    const start = starts[i]!;
    const w = windows[owners[i]!]!;
    const rank = windowRank[owners[i]!]!;
    // Overlapping blocks of one practitioner must not offer a time twice (sorted: duplicates are neighbours).
    if (start === previousStart && rank === previousRank) continue;
    previousStart = start;
    previousRank = rank;
    slots.push({
      practitionerId: w.practitionerId,
      siteId: w.siteId,
      startsAt: new Date(start),
      endsAt: new Date(start + step),
    });
  }
  return slots;
}
