// Where the appointment book's calendar draws things, pure so that it is tested
// with plain data: minutes of the clinic's wall clock (so a 9:00 visit sits on
// the 9:00 line on daylight-saving days too), side-by-side lanes for visits
// that overlap in one column, and the time axis.
import { localDateOf, localMinuteOf, type LocalDate } from "@/lib/time/zoned";

const DAY = 24 * 60;

/** A span of a column's day, in minutes after local midnight. */
export type Span = { start: number; end: number };

/**
 * An appointment's span on the wall clock of `date` (the local date it starts
 * on). Ending on a later date runs to midnight; when the autumn change makes
 * the wall-clock end come before the start, its real length is kept.
 */
export function wallSpan(startsAt: Date, endsAt: Date, date: LocalDate, timeZone: string): Span {
  const start = localDateOf(startsAt, timeZone) < date ? 0 : localMinuteOf(startsAt, timeZone);
  const end = localDateOf(endsAt, timeZone) > date ? DAY : localMinuteOf(endsAt, timeZone);
  if (end > start) return { start, end };
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return { start, end: Math.min(DAY, start + Math.max(minutes, 5)) };
}

/**
 * Lanes for spans of one column: overlapping spans side by side. Each span gets
 * its lane and the lane count of its group (spans linked by overlaps), so a
 * visit that overlaps nothing keeps the full width. Returned in input order.
 */
export function lanes(spans: readonly Span[]): { lane: number; lanes: number }[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const out = spans.map(() => ({ lane: 0, lanes: 1 }));
  let group: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const close = () => {
    for (const i of group) out[i]!.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const i of order) {
    const { start, end } = spans[i]!;
    if (start >= groupEnd) close();
    let lane = laneEnds.findIndex((e) => e <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    out[i]!.lane = lane;
    group.push(i);
    groupEnd = group.length === 1 ? end : Math.max(groupEnd, end);
  }
  close();
  return out;
}

/** The hours the axis shows: at least 08:00–18:00, widened to every visit and working hour. */
export function axisHours(spans: readonly Span[]): { from: number; to: number } {
  let from = 8 * 60;
  let to = 18 * 60;
  for (const s of spans) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  return { from: Math.floor(from / 60), to: Math.min(24, Math.ceil(to / 60)) };
}

/**
 * A span's place on an axis starting at `fromHour`, in the units of the
 * calendar's CSS (`cal-*` utilities in app/globals.css): whole hours and
 * five-minute steps for the top and for the height, at least one step high.
 */
export function placement(span: Span, fromHour: number) {
  const top = Math.floor((span.start - fromHour * 60) / 5);
  const height = Math.max(1, Math.ceil((span.end - fromHour * 60) / 5) - top);
  return {
    hour: Math.floor(top / 12),
    step: top % 12,
    hours: Math.floor(height / 12),
    steps: height % 12,
  };
}

/** The calendar's classes for a place (and a lane among `lanes`); zeros are the CSS defaults. */
export function placeClass(p: ReturnType<typeof placement>, lane = 0, lanes = 1): string {
  const classes = ["cal-at"];
  if (p.hour) classes.push(`cal-h-${p.hour}`);
  if (p.step) classes.push(`cal-m-${p.step}`);
  if (p.hours) classes.push(`cal-dh-${p.hours}`);
  if (p.steps) classes.push(`cal-dm-${p.steps}`);
  // The stylesheet has eight lanes: more overlapping visits in one column share the last one.
  if (lanes > 1) classes.push(`cal-n-${Math.min(lanes, 8)}`);
  if (lane > 0) classes.push(`cal-l-${Math.min(lane, 7)}`);
  return classes.join(" ");
}
