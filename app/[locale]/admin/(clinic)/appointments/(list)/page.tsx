import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, cardClass } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { StatusBadge } from "@/components/appointments/status-badge";
import { loadBook } from "@/lib/appointment-book/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant, formatLocalDate } from "@/lib/time/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminBook");
  return { title: t("title") };
}

const control = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";
const button =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800";

export default async function AppointmentBookPage({ searchParams }: Props) {
  const book = await loadBook(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("adminBook"), getLocale()]);
  const { query } = book;
  const show = query.filterId ? `${query.by}:${query.filterId}` : "";
  const href = (date: string) =>
    `/admin/appointments?${new URLSearchParams({ view: query.view, date, ...(show ? { show } : {}) })}`;
  const dayTitle = (date: string) => formatLocalDate(date, locale, "weekdayDate");
  const time = (d: Date) => formatInstant(d, locale, book.timeZone, "time");
  const week = query.view === "week";
  const total = book.days.reduce((n, d) => n + d.rows.length, 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link
          href="/admin/appointments/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("bookForPatient")}
        </Link>
      </div>

      <form
        method="get"
        className={cardClass("compact", "grid gap-4 sm:grid-cols-2 lg:grid-cols-4")}
        aria-label={t("filters")}
      >
        <div>
          <label htmlFor="book-view" className="block font-medium">
            {t("view")}
          </label>
          <select id="book-view" name="view" defaultValue={query.view} className={control}>
            <option value="day">{t("views.day")}</option>
            <option value="week">{t("views.week")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="book-date" className="block font-medium">
            {t("date")}
          </label>
          <input
            id="book-date"
            name="date"
            type="date"
            defaultValue={query.date}
            className={control}
          />
        </div>
        <div>
          <label htmlFor="book-show" className="block font-medium">
            {t("show")}
          </label>
          <select id="book-show" name="show" defaultValue={show} className={control}>
            <option value="">{t("everyone")}</option>
            <optgroup label={t("byPractitioner")}>
              {book.choices.practitioners.map((p) => (
                <option key={p.id} value={`practitioner:${p.id}`}>
                  {practitionerName(p)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("bySite")}>
              {book.choices.sites.map((s) => (
                <option key={s.id} value={`site:${s.id}`}>
                  {localName(s, locale)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="flex items-end">
          <button
            type="submit"
            className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
        </div>
      </form>

      <nav aria-label={t("periodNav")} className="flex flex-wrap gap-3">
        <Link href={href(book.previous)} className={button}>
          ← {week ? t("previousWeek") : t("previousDay")}
        </Link>
        <Link href={href(book.today)} className={button}>
          {t("today")}
        </Link>
        <Link href={href(book.next)} className={button}>
          {week ? t("nextWeek") : t("nextDay")} →
        </Link>
      </nav>

      <p aria-live="polite" className="text-muted">
        {t("summary", { count: total })} {t("timeZoneNote", { timeZone: book.timeZone })}
      </p>
      {book.truncated && (
        <p
          role="status"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {t("truncated", { count: total })}
        </p>
      )}

      {book.days.map((day) => (
        <Section key={day.date} heading={dayTitle(day.date)} headingSize="lg" className="space-y-2">
          {day.rows.length === 0 ? (
            <Card as="p" padding="tight" className="text-muted">
              {t("noAppointments")}
            </Card>
          ) : (
            <ul className="space-y-2">
              {day.rows.map((r) => (
                <Card
                  as="li"
                  key={r.id}
                  padding="tight"
                  className="flex flex-wrap items-start justify-between gap-2"
                >
                  <div className="space-y-1">
                    <p className="font-semibold">
                      {/* No prefetch: a busy week lists hundreds of visits, each prefetch a request to the server. */}
                      <Link
                        href={`/admin/appointments/${r.id}`}
                        prefetch={false}
                        className="inline-flex min-h-11 items-center text-brand-800 underline"
                      >
                        {time(r.startsAt)}–{time(r.endsAt)} · {r.profile.firstName}{" "}
                        {r.profile.lastName}
                      </Link>
                    </p>
                    <p>
                      {localName(r.type, locale)} · {practitionerName(r.practitioner)} ·{" "}
                      {localName(r.site, locale)}
                    </p>
                  </div>
                  <StatusBadge status={r.status} audience="staff" />
                </Card>
              ))}
            </ul>
          )}
        </Section>
      ))}
    </div>
  );
}
