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
  for (const p of formatter(timeZone).formatToParts(instantMs)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
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
 * The UTC instant of `minute` minutes after local midnight on `date`. A time
 * that does not exist (skipped by the spring change) gives null; a time that
 * happens twice (the autumn change) gives its first occurrence.
 */
export function localToUtc(date: LocalDate, minute: number, timeZone: string): Date | null {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minute);
  const key = `${timeZone}|${date}`;
  let offsets = dayOffsets.get(key);
  if (!offsets) {
    const midnight = Date.UTC(y, m - 1, d);
    offsets = { start: offsetMinutes(timeZone, midnight - DAY_MS / 2), end: offsetMinutes(timeZone, midnight + (DAY_MS * 3) / 2) };
    if (dayOffsets.size > 5000) dayOffsets.clear();
    dayOffsets.set(key, offsets);
  }
  if (offsets.start === offsets.end) return new Date(wall - offsets.start * 60_000);
  // A change happens around this day: keep the candidates that map back to this wall time.
  const candidates = [offsets.start, offsets.end]
    .map((off) => wall - off * 60_000)
    .filter((t) => offsetMinutes(timeZone, t) === (wall - t) / 60_000);
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** The local calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = wallParts(timeZone, instant.getTime());
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Minutes after local midnight of an instant. */
export function localMinuteOf(instant: Date, timeZone: string): number {
  const p = wallParts(timeZone, instant.getTime());
  return p.hour * 60 + p.minute;
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
