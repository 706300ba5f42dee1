import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cardClass } from "@/components/shell/card";
import { BookCalendar } from "@/components/appointments/book-calendar";
import { BookList } from "@/components/appointments/book-list";
import { loadBook } from "@/lib/appointment-book/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminBook");
  return { title: t("title") };
}

const control = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";
const toggle =
  "inline-flex min-h-11 items-center border border-brand-700 px-4 font-semibold first:rounded-l-md last:rounded-r-md";
const button =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800";

export default async function AppointmentBookPage({ searchParams }: Props) {
  const book = await loadBook(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("adminBook"), getLocale()]);
  const { query } = book;
  const show = query.filterId ? `${query.by}:${query.filterId}` : "";
  const paging = book.calendar?.paging;
  const href = (date: string, layout = query.layout, cols = paging?.page ?? 1) =>
    `/admin/appointments?${new URLSearchParams({
      view: query.view,
      date,
      ...(show ? { show } : {}),
      ...(layout === "list" ? { layout } : {}),
      ...(layout === "calendar" && cols > 1 ? { cols: String(cols) } : {}),
    })}`;
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
        {query.layout === "list" && <input type="hidden" name="layout" value="list" />}
        <div className="flex items-end">
          <button
            type="submit"
            className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
        </div>
      </form>

      <div className="flex flex-wrap justify-between gap-3">
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
        <nav aria-label={t("layoutNav")} className="flex">
          {(["calendar", "list"] as const).map((layout) => (
            <Link
              key={layout}
              href={href(query.date, layout)}
              aria-current={query.layout === layout ? "page" : undefined}
              className={`${toggle} ${query.layout === layout ? "bg-brand-700 text-white" : "bg-white text-brand-800"}`}
            >
              {t(`layouts.${layout}`)}
            </Link>
          ))}
        </nav>
      </div>

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

      {paging && paging.pages > 1 && (
        <nav aria-label={t("columnsNav")} className="flex flex-wrap items-center gap-3">
          <p className="font-medium">
            {t("columnsRange", { first: paging.first, last: paging.last, total: paging.total })}
          </p>
          {paging.page > 1 && (
            <Link href={href(query.date, "calendar", paging.page - 1)} className={button}>
              ← {t("previousColumns")}
            </Link>
          )}
          {paging.page < paging.pages && (
            <Link href={href(query.date, "calendar", paging.page + 1)} className={button}>
              {t("nextColumns")} →
            </Link>
          )}
        </nav>
      )}
      {book.calendar ? (
        <BookCalendar
          calendar={book.calendar}
          view={query.view}
          dates={book.dates}
          timeZone={book.timeZone}
        />
      ) : (
        <>
          {query.layout === "calendar" && book.needsPractitioner && (
            <p className="rounded-lg border border-brand-700 bg-brand-50 p-3">
              {t("pickPractitioner")}
            </p>
          )}
          <BookList days={book.days} timeZone={book.timeZone} />
        </>
      )}
    </div>
  );
}
