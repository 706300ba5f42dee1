// Wall-clock time in the clinic's time zone ↔ UTC instants, without a library.
// The clinic thinks in local dates and minutes after local midnight; the
// database stores UTC. Offsets come from Intl, cached per (zone, date) because
// slot searches convert thousands of block edges per request.

export type LocalDate = string; // YYYY-MM-DD

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallParts(timeZone: string, instantMs: number) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instantMs))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts as {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
  };
}

/** The zone's offset from UTC in minutes at an instant (Toronto: -300 in winter, -240 in summer). */
export function offsetMinutes(timeZone: string, instantMs: number): number {
  const p = wallParts(timeZone, instantMs);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;
const dayOffsets = new Map<string, { start: number; end: number }>();

/**
 * The converter of one local date: minutes after local midnight → UTC epoch
 * ms, or null for a time that does not exist that day. Slot generation calls
 * it for every block edge of every day; the date is parsed and its offsets
 * looked up once.
 */
export function localDayToUtc(
  date: LocalDate,
  timeZone: string,
): (minute: number) => number | null {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const midnight = Date.UTC(y, m - 1, d);
  const key = `${timeZone}|${date}`;
  let offsets = dayOffsets.get(key);
  if (!offsets) {
    offsets = {
      start: offsetMinutes(timeZone, midnight - DAY_MS / 2),
      end: offsetMinutes(timeZone, midnight + (DAY_MS * 3) / 2),
    };
    if (dayOffsets.size > 5000) dayOffsets.clear();
    dayOffsets.set(key, offsets);
  }
  const { start, end } = offsets;
  if (start === end) return (minute) => midnight + (minute - start) * 60_000;
  return (minute) => {
    const wall = midnight + minute * 60_000;
    // A change happens around this day: keep the candidates that map back to this wall time.
    let first: number | null = null;
    for (const off of [start, end]) {
      const t = wall - off * 60_000;
      if (offsetMinutes(timeZone, t) === off && (first === null || t < first)) first = t;
    }
    return first;
  };
}

/**
 * The UTC instant of `minute` minutes after local midnight on `date`. A time
 * that does not exist (skipped by the spring change) gives null; a time that
 * happens twice (the autumn change) gives its first occurrence.
 */
export function localToUtc(date: LocalDate, minute: number, timeZone: string): Date | null {
  const instant = localDayToUtc(date, timeZone)(minute);
  return instant === null ? null : new Date(instant);
}

// Offsets per quarter hour of UTC, per zone: every modern change happens on a
// quarter hour, so one Intl call serves all the instants of that quarter (a
// booking grid formats thousands of slots). A quarter whose two ends disagree,
// or whose offset is not a whole number of minutes (old local mean times), is
// marked NaN and computed exactly each time.
const QUARTER_MS = 15 * 60_000;
const quarterOffsets = new Map<string, Map<number, number>>();

function exactOffsetMs(timeZone: string, instantMs: number): number {
  const p = wallParts(timeZone, instantMs);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(instantMs / 1000) * 1000
  );
}

function offsetMsAt(timeZone: string, instantMs: number): number {
  let zone = quarterOffsets.get(timeZone);
  if (!zone) quarterOffsets.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(instantMs / QUARTER_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const first = exactOffsetMs(timeZone, quarter * QUARTER_MS);
    const last = exactOffsetMs(timeZone, (quarter + 1) * QUARTER_MS - 1000);
    offset = first === last && first % 60_000 === 0 ? first : NaN;
    if (zone.size > 100_000) zone.clear();
    zone.set(quarter, offset);
  }
  return Number.isNaN(offset) ? exactOffsetMs(timeZone, instantMs) : offset;
}

/** The wall clock of an instant, as a UTC date with the same fields. */
function wallOf(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  // Seconds and milliseconds of the instant carry over to its wall time unchanged.
  return new Date(ms + offsetMsAt(timeZone, ms));
}

/** The local calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallOf(instant, timeZone);
  return `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, "0")}-${String(wall.getUTCDate()).padStart(2, "0")}`;
}

/** Minutes after local midnight of an instant. */
export function localMinuteOf(instant: Date, timeZone: string): number {
  const wall = wallOf(instant, timeZone);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (the calendar's, independent of any zone). */
export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The Monday on or before a date: weeks in the booking grid start on Monday. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function isLocalDate(value: string): value is LocalDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
