import { getLocale, getTranslations } from "next-intl/server";
import type { BookingState, GridSlot } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { flowHref } from "./booking-links";
import type { SlotChoice } from "./slot-links";
import { WeekSlots, type WeekDay } from "./week-slots";
import { formatInstant, formatLocalDate } from "@/lib/time/format";

type GridStep = Extract<BookingState["step"], { name: "grid" }>;

/**
 * The week's availabilities (WeekSlots: a day strip on phones, a table of
 * days by morning and afternoon from `md`), each slot a link whose accessible
 * name says weekday, date, time and practitioner; previous/next week links
 * around a heading with the range.
 */
export async function SlotGrid({
  state,
  step,
  clinicPhone,
}: {
  state: BookingState;
  step: GridStep;
  clinicPhone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("booking"), getLocale()]);
  if (!step.week)
    return (
      <p className="rounded-md border border-gray-300 bg-white p-3">
        {t("nothingBeforeHorizon", { phone: clinicPhone })}
      </p>
    );
  const { timeZone } = state;
  // Local dates are formatted at noon UTC in UTC: the calendar day itself, whatever the zone.
  const longDay = (date: string) => formatLocalDate(date, locale, "date");
  const weekday = (date: string) => formatLocalDate(date, locale, { weekday: "long" });
  const time = (iso: string) => formatInstant(new Date(iso), locale, timeZone, "time");
  const first = step.days[0]!.date;
  const last = step.days[step.days.length - 1]!.date;
  const weekLink = (week: string) => flowHref(state.flow, { ...state.query, week });
  const navClass =
    "inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-3 font-medium";

  // Each practitioner's id and name once for the week (one array, serialized once); slots refer to them by index.
  const all = step.days.flatMap((d) => [...d.morning, ...d.afternoon]);
  const ids = [...new Set(all.map((s) => s.practitionerId))];
  const practitioners = ids.map((id) => ({
    id,
    name: all.find((s) => s.practitionerId === id)!.practitionerName,
  }));
  const choices = (slots: GridSlot[]): SlotChoice[] =>
    slots.map((s) => ({
      startsAt: s.startsAt,
      time: time(s.startsAt),
      practitioner: ids.indexOf(s.practitionerId),
    }));
  const days: WeekDay[] = step.days.map((d) => ({
    date: d.date,
    row: formatLocalDate(d.date, locale, { weekday: "short", day: "numeric", month: "short" }),
    weekday: formatLocalDate(d.date, locale, { weekday: "short" }),
    dayMonth: formatLocalDate(d.date, locale, { day: "numeric", month: "short" }),
    count: t("timesFree", { count: d.morning.length + d.afternoon.length }),
    heading: formatLocalDate(d.date, locale, "weekdayDate"),
    spoken: t("slotDay", { weekday: weekday(d.date), date: longDay(d.date) }),
    morning: choices(d.morning),
    afternoon: choices(d.afternoon),
  }));

  return (
    <div className="space-y-3">
      {/* The range first in reading order (and on top on phones, the two arrows side by side below); between the arrows from md. */}
      <div className="grid grid-cols-2 items-center gap-2 md:grid-cols-[auto_1fr_auto]">
        <h3
          id="week-range"
          className="col-span-2 text-lg font-semibold md:col-span-1 md:col-start-2 md:row-start-1 md:text-center"
        >
          {t("weekOf", { start: longDay(first), end: longDay(last) })}
        </h3>
        {step.previousWeek && (
          <Link
            href={weekLink(step.previousWeek)}
            className={`${navClass} justify-self-start md:col-start-1 md:row-start-1`}
          >
            <span aria-hidden="true">←&nbsp;</span>
            {t("previousWeek")}
          </Link>
        )}
        {step.nextWeek && (
          <Link
            href={weekLink(step.nextWeek)}
            className={`${navClass} col-start-2 justify-self-end md:col-start-3 md:row-start-1`}
          >
            {t("nextWeek")}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        )}
      </div>
      <WeekSlots
        key={step.week}
        flow={state.flow}
        query={state.query}
        days={days}
        practitioners={practitioners}
        tableLabelledBy="week-range"
        labels={{
          day: t("day"),
          morning: t("morning"),
          afternoon: t("afternoon"),
          noAvailability: t("noAvailability"),
          chooseDay: t("chooseDay"),
          emptyWeek: t("emptyWeek"),
        }}
      />
    </div>
  );
}
