// The one formatter of dates and times, for pages and emails alike: always in
// a zone given by the caller (the clinic's, or UTC for a calendar date), in
// Canadian English or Québec French. Intl's fr-CA writes "1 décembre" and,
// with some options, "08 h 30"; Québec usage is "1er décembre" and "8 h 30",
// so the French output is rebuilt from formatToParts. Pure and free of
// imports beyond types: client components and Playwright specs use it too.
import type { LocalDate } from "./zoned";

type Fields = Pick<
  Intl.DateTimeFormatOptions,
  "weekday" | "year" | "month" | "day" | "hour" | "minute" | "timeZoneName"
>;

const DATE_TIME = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
} as const satisfies Fields;

/** Named sets of fields, so every screen and email writes the same kind of date the same way. */
export const DATE_STYLES = {
  /** December 1, 2026 / 1er décembre 2026 */
  date: { year: "numeric", month: "long", day: "numeric" },
  /** Dec 1, 2026 / 1er déc. 2026 */
  shortDate: { year: "numeric", month: "short", day: "numeric" },
  /** Tuesday, December 1, 2026 / mardi 1er décembre 2026 */
  weekdayDate: { weekday: "long", year: "numeric", month: "long", day: "numeric" },
  /** Dec 1, 2026, 8:30 a.m. / 1er déc. 2026, 8 h 30 (a list's timestamp) */
  shortDateTime: {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  },
  /** Tuesday, December 1 at 8:30 a.m. / mardi 1er décembre à 8 h 30 (an email subject) */
  dayAndTime: {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  },
  /** 8:30 a.m. / 8 h 30 */
  time: { hour: "numeric", minute: "2-digit" },
  /** Tuesday, December 1, 2026 at 8:30 a.m. / mardi 1er décembre 2026 à 8 h 30 */
  dateTime: DATE_TIME,
  /** The same with the zone's short name (EST / HNE), for emails read anywhere. */
  dateTimeZone: { ...DATE_TIME, timeZoneName: "short" },
} as const satisfies Record<string, Fields>;

export type DateStyle = keyof typeof DATE_STYLES;

// Building an Intl.DateTimeFormat costs ~0.2 ms and a booking grid formats
// hundreds of slots: one per (language, zone, fields).
const formatters = new Map<string, Intl.DateTimeFormat>();

function intlTag(locale: string): string {
  return locale.startsWith("fr") ? "fr-CA" : "en-CA";
}

function formatter(locale: string, timeZone: string, fields: Fields): Intl.DateTimeFormat {
  const tag = intlTag(locale);
  const key = `${tag}|${timeZone}|${JSON.stringify(fields)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...fields, timeZone });
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** An instant in `timeZone`: a style name or explicit fields. */
export function formatInstant(
  instant: Date | string,
  locale: string,
  timeZone: string,
  style: DateStyle | Fields,
): string {
  const fields = typeof style === "string" ? DATE_STYLES[style] : style;
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const f = formatter(locale, timeZone, fields);
  if (intlTag(locale) !== "fr-CA") return f.format(date);
  const parts = f.formatToParts(date);
  const textualMonth = parts.some((p) => p.type === "month" && /\D/u.test(p.value));
  return parts
    .map((p) => {
      if (p.type === "day" && textualMonth && Number(p.value) === 1) return "1er";
      if (p.type === "hour") return String(Number(p.value));
      return p.value;
    })
    .join("");
}

/** A calendar date (a birth date, a day of the agenda): no zone applies to it. */
export function formatLocalDate(
  date: LocalDate,
  locale: string,
  style: DateStyle | Fields = "date",
): string {
  return formatInstant(new Date(`${date}T12:00:00Z`), locale, "UTC", style);
}

/** Minutes after local midnight as a time of day: 8:30 a.m. / 8 h 30. */
export function formatMinuteOfDay(minute: number, locale: string): string {
  // A block may end at midnight: French writes that end as 24 h.
  if (minute === 24 * 60 && intlTag(locale) === "fr-CA") return "24 h 00";
  return formatInstant(new Date(Date.UTC(2026, 0, 1, 0, minute)), locale, "UTC", "time");
}

/** The name of a weekday, 0 = Sunday: "Tuesday" / "mardi". */
export function formatWeekday(weekday: number, locale: string): string {
  return formatInstant(new Date(Date.UTC(2026, 0, 4 + weekday, 12)), locale, "UTC", {
    weekday: "long",
  });
}
