// Slot generation: pure, so it is tested across daylight-saving changes with
// plain data. Slots are computed, never stored: weekly blocks (local wall-clock
// times in the clinic's zone) and one-off extra blocks, minus time off, minus
// the practitioner's active appointments (at any site).
import { addDays, localToUtc, type LocalDate, weekdayOf } from "@/lib/time/zoned";

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
};

export type BusyInput = { practitionerId: string; startsAt: Date; endsAt: Date };

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

type Window = { practitionerId: string; siteId: string; start: number; end: number };

function blockApplies(block: BlockInput, date: LocalDate, weekday: number, query: SlotQuery): boolean {
  return (
    block.weekday === weekday &&
    block.validFrom <= date &&
    (block.validUntil === null || date <= block.validUntil) &&
    block.typeIds.includes(query.typeId) &&
    query.practitionerIds.has(block.practitionerId) &&
    (!query.siteId || block.siteId === query.siteId)
  );
}

/** The open windows (UTC ms) of every practitioner in the query's dates. */
function openWindows(blocks: readonly BlockInput[], extras: readonly ExceptionInput[], query: SlotQuery): Window[] {
  const windows: Window[] = [];
  for (let date = query.from; date < query.to; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const block of blocks) {
      if (!blockApplies(block, date, weekday, query)) continue;
      const start = localToUtc(date, block.startMinute, query.timeZone);
      const end = localToUtc(date, block.endMinute, query.timeZone);
      // A block edge inside the skipped spring hour does not exist that day: skip the block.
      if (start && end) windows.push({ practitionerId: block.practitionerId, siteId: block.siteId, start: start.getTime(), end: end.getTime() });
    }
  }
  for (const extra of extras) {
    if (extra.kind !== "extra" || !extra.siteId || !query.practitionerIds.has(extra.practitionerId)) continue;
    if (query.siteId && extra.siteId !== query.siteId) continue;
    windows.push({ practitionerId: extra.practitionerId, siteId: extra.siteId, start: extra.startsAt.getTime(), end: extra.endsAt.getTime() });
  }
  return windows;
}

/** Sorted [start, end) intervals per practitioner that no slot may overlap. */
function blockedIntervals(busy: readonly BusyInput[], exceptions: readonly ExceptionInput[], siteId: string) {
  const byPractitioner = new Map<string, [number, number][]>();
  const add = (practitionerId: string, start: number, end: number) => {
    let list = byPractitioner.get(practitionerId);
    if (!list) byPractitioner.set(practitionerId, (list = []));
    list.push([start, end]);
  };
  for (const b of busy) add(b.practitionerId, b.startsAt.getTime(), b.endsAt.getTime());
  for (const e of exceptions) {
    if (e.kind === "timeOff" && (e.siteId === null || e.siteId === siteId)) add(e.practitionerId, e.startsAt.getTime(), e.endsAt.getTime());
  }
  for (const list of byPractitioner.values()) list.sort((a, b) => a[0] - b[0]);
  return byPractitioner;
}

/** The end of the first interval overlapping [start, end), or null when free. Intervals are sorted by start. */
function collision(intervals: [number, number][] | undefined, start: number, end: number): number | null {
  if (!intervals) return null;
  // Binary search the first interval starting at or after `end`; any overlap is before it.
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![0] < end) lo = mid + 1;
    else hi = mid;
  }
  let blockedUntil: number | null = null;
  for (let i = lo - 1; i >= 0; i--) {
    const [s, e] = intervals[i]!;
    if (e > start && s < end) blockedUntil = Math.max(blockedUntil ?? e, e);
    // Intervals are short (one visit, one day off): stop once far behind.
    if (s < start - 7 * 86_400_000) break;
  }
  return blockedUntil;
}

/**
 * Every bookable slot of the query, sorted by start then practitioner. Slots
 * step by the type's duration from the window's start; after an appointment
 * that is in the way, the next slot starts where it ends, so a 15-minute visit
 * at 10:15 does not waste the rest of the morning.
 */
export function generateSlots(
  input: { blocks: readonly BlockInput[]; exceptions: readonly ExceptionInput[]; busy: readonly BusyInput[] },
  query: SlotQuery,
): Slot[] {
  const step = query.durationMinutes * 60_000;
  const earliest = query.earliest.getTime();
  const latest = query.latest.getTime();
  const blockedBySite = new Map<string, ReturnType<typeof blockedIntervals>>();
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (const w of openWindows(input.blocks, input.exceptions, query)) {
    let blocked = blockedBySite.get(w.siteId);
    if (!blocked) blockedBySite.set(w.siteId, (blocked = blockedIntervals(input.busy, input.exceptions, w.siteId)));
    const intervals = blocked.get(w.practitionerId);
    let start = w.start;
    while (start + step <= w.end && start <= latest) {
      if (start < earliest) {
        start += step;
        continue;
      }
      const until = collision(intervals, start, start + step);
      if (until !== null) {
        start = until;
        continue;
      }
      // Overlapping blocks of one practitioner must not offer a time twice.
      const key = `${w.practitionerId}|${start}`;
      if (!seen.has(key)) {
        seen.add(key);
        slots.push({ practitionerId: w.practitionerId, siteId: w.siteId, startsAt: new Date(start), endsAt: new Date(start + step) });
      }
      start += step;
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.practitionerId.localeCompare(b.practitionerId));
}
