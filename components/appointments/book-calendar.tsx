import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/shell/card";
import type { loadBook } from "@/lib/appointment-book/loaders";
import { placeClass } from "@/lib/appointment-book/layout";
import { localName, practitionerName } from "@/lib/catalog/names";
import { getPathname } from "@/lib/i18n/navigation";
import { formatInstant, formatLocalDate } from "@/lib/time/format";
import { StatusBadge, statusEdge } from "./status-badge";

type Book = Awaited<ReturnType<typeof loadBook>>;

/**
 * The appointment book as a calendar: a column per practitioner (a day) or per
 * day (one practitioner's week) on one time axis, drawn by the server alone.
 * Visits are plain links in column then time order (no client component each:
 * a busy day holds hundreds); the list layout reads the same visits in order.
 * On a narrow screen the calendar scrolls sideways inside its own focusable
 * region, the hours staying in sight, so the page itself never does.
 */
export function BookCalendar({
  calendar,
  view,
  dates,
  timeZone,
}: {
  calendar: NonNullable<Book["calendar"]>;
  view: Book["query"]["view"];
  dates: string[];
  timeZone: string;
}) {
  const t = useTranslations("adminBook");
  const locale = useLocale();
  const headingId = useId();
  const { axis, columns } = calendar;
  const time = (d: Date) => formatInstant(d, locale, timeZone, "time");
  const week = view === "week";
  const title = week
    ? t("calendarWeek", {
        name: practitionerName(columns[0]!.practitioner),
        date: formatLocalDate(dates[0]!, locale, "date"),
      })
    : t("calendarDay", { date: formatLocalDate(dates[0]!, locale, "weekdayDate") });
  // A day's columns are all today's: the line crosses each, its time is written once.
  const firstNow = columns.findIndex((c) => c.now);
  const hours = Array.from({ length: axis.to - axis.from }, (_, i) => axis.from + i);
  return (
    <div className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted">
        {week ? "" : `${t("dayColumns")} `}
        {t("calendarHint")}
      </p>
      {columns.length === 0 ? (
        <Card as="p" padding="tight" className="text-muted">
          {t("noColumns")}
        </Card>
      ) : (
        <div
          role="region"
          aria-labelledby={headingId}
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
        >
          <div className="flex">
            <div
              aria-hidden="true"
              className="sticky left-0 z-30 w-12 shrink-0 border-r border-gray-200 bg-white text-right text-xs text-muted"
            >
              <div className="h-14 border-b border-gray-200" />
              {hours.map((h) => (
                <div key={h} className="h-36 pt-0.5 pr-1">
                  {formatInstant(new Date(Date.UTC(2026, 0, 1, h)), locale, "UTC", {
                    hour: "numeric",
                  })}
                </div>
              ))}
            </div>
            {columns.map((c, index) => (
              <div
                key={`${c.practitionerId}|${c.date}`}
                className="flex shrink-0 grow basis-28 flex-col border-r border-gray-200 last:border-r-0"
              >
                <h3
                  aria-current={week && c.today ? "date" : undefined}
                  className={`flex h-14 items-center justify-center border-b border-gray-200 px-1 text-center text-sm font-semibold ${week && c.today ? "bg-brand-50" : ""}`}
                >
                  {week
                    ? formatLocalDate(c.date, locale, {
                        weekday: "short",
                        month: "short",
                        day: "numeric",
                      })
                    : practitionerName(c.practitioner)}
                </h3>
                <div className="cal-day grow">
                  {c.working.map((p, i) => (
                    <div key={i} aria-hidden="true" className={`${placeClass(p)} bg-brand-50`} />
                  ))}
                  {c.visits.map(({ row, place, lane, lanes }) => (
                    <a
                      key={row.id}
                      href={getPathname({ href: `/admin/appointments/${row.id}`, locale })}
                      className={`cal-visit ${placeClass(place, lane, lanes)} ${statusEdge[row.status]}`}
                    >
                      <span>
                        <span className="font-semibold">{time(row.startsAt)}</span>
                        <span className="sr-only">
                          {" "}
                          {t("visitEnds", { time: time(row.endsAt) })}
                        </span>{" "}
                        {row.profile.firstName} {row.profile.lastName}
                      </span>
                      <span>
                        <StatusBadge status={row.status} audience="staff" small />
                      </span>
                      <span className="text-muted">{localName(row.type, locale)}</span>
                    </a>
                  ))}
                  {c.now && (
                    <div
                      className={`${placeClass(c.now)} pointer-events-none z-20 border-t-2 border-red-700`}
                    >
                      {index === firstNow && (
                        <span className="absolute -top-2.5 right-0 rounded bg-red-700 px-1 text-xs whitespace-nowrap text-white">
                          {t("now", { time: time(calendar.now) })}
                        </span>
                      )}
                    </div>
                  )}
                </div>
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
