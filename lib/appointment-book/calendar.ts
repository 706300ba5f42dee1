// The appointment book as a calendar, built from the rows the list shows: one
// column per (practitioner, date), each with its visits placed on one time
// axis, the practitioner's weekly hours that day and, on today's column, the
// current time. Pure: the loader reads, this arranges.
import { localMinuteOf, type LocalDate, weekdayOf } from "@/lib/time/zoned";
import { axisHours, lanes, placement, type Span, wallSpan } from "./layout";

export type WorkingBlock = {
  practitionerId: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
};

type Visit = { practitionerId: string; startsAt: Date; endsAt: Date };

export type Place = ReturnType<typeof placement>;

/** The weekly blocks of a practitioner that apply on a date, as spans of that day. */
export function workingSpans(
  blocks: readonly WorkingBlock[],
  practitionerId: string,
  date: LocalDate,
): Span[] {
  const weekday = weekdayOf(date);
  return blocks
    .filter(
      (b) =>
        b.practitionerId === practitionerId &&
        b.weekday === weekday &&
        b.validFrom <= date &&
        (b.validUntil === null || date <= b.validUntil),
    )
    .map((b) => ({ start: b.startMinute, end: b.endMinute }));
}

export function buildCalendar<R extends Visit>(input: {
  columns: readonly { practitionerId: string; date: LocalDate }[];
  /** Each row belongs to the local date it starts on. */
  days: readonly { date: LocalDate; rows: readonly R[] }[];
  blocks: readonly WorkingBlock[];
  timeZone: string;
  now: Date;
  today: LocalDate;
}) {
  const rowsOf = new Map(input.days.map((d) => [d.date, d.rows]));
  const drafts = input.columns.map(({ practitionerId, date }) => {
    const rows = (rowsOf.get(date) ?? []).filter((r) => r.practitionerId === practitionerId);
    const spans = rows.map((r) => wallSpan(r.startsAt, r.endsAt, date, input.timeZone));
    return {
      practitionerId,
      date,
      rows,
      spans,
      working: workingSpans(input.blocks, practitionerId, date),
    };
  });
  const axis = axisHours(drafts.flatMap((d) => [...d.spans, ...d.working]));
  const nowMinute = localMinuteOf(input.now, input.timeZone);
  const nowShown = nowMinute >= axis.from * 60 && nowMinute < axis.to * 60;
  return {
    axis,
    now: input.now,
    columns: drafts.map(({ practitionerId, date, rows, spans, working }) => {
      const lane = lanes(spans);
      return {
        practitionerId,
        date,
        today: date === input.today,
        now:
          date === input.today && nowShown
            ? placement({ start: nowMinute, end: nowMinute }, axis.from)
            : null,
        working: working.map((s) => placement(s, axis.from)),
        visits: rows.map((row, i) => ({
          row,
          place: placement(spans[i]!, axis.from),
          ...lane[i]!,
        })),
      };
    }),
  };
}

export type Calendar<R extends Visit> = ReturnType<typeof buildCalendar<R>>;
