import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/shell/back-link";
import {
  BlockForm,
  ExtraBlockForm,
  RemoveForm,
  TimeOffForm,
} from "@/components/schedule/availability-forms";
import { loadPractitionerAvailability } from "@/lib/availability/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { todayIn } from "@/lib/clock";
import { Link } from "@/lib/i18n/navigation";
import {
  formatInstant,
  formatLocalDate,
  formatMinuteOfDay,
  formatWeekday,
} from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { availabilityFormsMessages } from "@/components/schedule/messages";

type Props = { params: Promise<{ practitionerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { practitioner } = await loadPractitionerAvailability((await params).practitionerId);
  const t = await getTranslations("adminAvailability");
  return { title: t("practitionerTitle", { name: practitionerName(practitioner) }) };
}

const card = "space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6";

export default async function PractitionerAvailabilityPage({ params }: Props) {
  const data = await loadPractitionerAvailability((await params).practitionerId);
  const [t, tc, locale] = await Promise.all([
    getTranslations("adminAvailability"),
    getTranslations("common"),
    getLocale(),
  ]);
  const name = practitionerName(data.practitioner);
  const today = todayIn(data.timeZone);
  const weekdayName = (weekday: number) => formatWeekday(weekday, locale);
  const day = (date: string) => formatLocalDate(date, locale, "date");
  const when = (d: Date) =>
    formatInstant(d, locale, data.timeZone, {
      weekday: "short",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
    });
  // Its forms are client components throughout the page: one provider for all of them.
  return (
    <ClientMessages namespaces={availabilityFormsMessages}>
      <div className="space-y-6">
        <BackLink href="/admin/availability">{t("backToList")}</BackLink>
        <h1 className="text-2xl font-semibold">{t("practitionerTitle", { name })}</h1>
        <p className="text-muted">{t("timeZoneNote", { timeZone: data.timeZone })}</p>

        <section aria-labelledby="blocks-title" className="space-y-3">
          <h2 id="blocks-title" className="text-xl font-semibold">
            {t("blocksTitle")}
          </h2>
          {data.blocks.length === 0 ? (
            <p className="rounded-lg border border-gray-200 bg-white p-4">{t("noBlocks")}</p>
          ) : (
            <ul className="space-y-3">
              {data.blocks.map((b) => {
                const summary = t("blockSummary", {
                  weekday: weekdayName(b.weekday),
                  start: formatMinuteOfDay(b.startMinute, locale),
                  end: formatMinuteOfDay(b.endMinute, locale),
                });
                return (
                  <li
                    key={b.id}
                    className="space-y-2 rounded-lg border border-gray-200 bg-white p-4"
                  >
                    <h3 className="font-semibold">{summary}</h3>
                    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
                      <div className="flex flex-wrap gap-x-2">
                        <dt className="text-muted">{tc("labelled", { label: t("siteLabel") })}</dt>
                        <dd>{localName(b.site, locale)}</dd>
                      </div>
                      <div className="flex flex-wrap gap-x-2">
                        <dt className="sr-only">{t("fields.validFrom")}</dt>
                        <dd>
                          {b.validUntil
                            ? t("validityRange", {
                                from: day(b.validFrom),
                                until: day(b.validUntil),
                              })
                            : t("validity", { from: day(b.validFrom) })}
                        </dd>
                      </div>
                      <div className="flex flex-wrap gap-x-2 sm:col-span-2">
                        <dt className="text-muted">{tc("labelled", { label: t("typesLabel") })}</dt>
                        <dd>{b.types.map((ty) => localName(ty, locale)).join(", ")}</dd>
                      </div>
                    </dl>
                    <div className="flex flex-wrap items-start gap-3">
                      <Link
                        href={`/admin/availability/${data.practitioner.id}/blocks/${b.id}`}
                        className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800"
                      >
                        {t("edit")}
                        <span className="sr-only"> {summary}</span>
                      </Link>
                      <RemoveForm
                        kind="block"
                        id={b.id}
                        practitionerId={data.practitioner.id}
                        label={t("removeNamed", { item: summary })}
                        timeZone={data.timeZone}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="add-block-title" className={card}>
          <h2 id="add-block-title" className="text-xl font-semibold">
            {t("addBlockTitle")}
          </h2>
          <BlockForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            types={data.types}
            timeZone={data.timeZone}
            today={today}
          />
        </section>

        <section aria-labelledby="exceptions-title" className="space-y-3">
          <h2 id="exceptions-title" className="text-xl font-semibold">
            {t("exceptionsTitle")}
          </h2>
          {data.exceptions.length === 0 ? (
            <p className="rounded-lg border border-gray-200 bg-white p-4">{t("noExceptions")}</p>
          ) : (
            <ul className="space-y-3">
              {data.exceptions.map((e) => {
                const label = t("exceptionSummary", {
                  kind: t(`kinds.${e.kind}`),
                  from: when(e.startsAt),
                  until: when(e.endsAt),
                });
                return (
                  <li
                    key={e.id}
                    className="space-y-2 rounded-lg border border-gray-200 bg-white p-4"
                  >
                    <h3 className="font-semibold">{label}</h3>
                    <p>
                      {tc("labelled", { label: t("siteLabel") })}{" "}
                      {e.site ? localName(e.site, locale) : t("allSites")}
                      {e.note ? ` — ${e.note}` : ""}
                    </p>
                    {e.kind === "extra" && (
                      <p>
                        {tc("labelled", { label: t("typesLabel") })}{" "}
                        {e.types.map((ty) => localName(ty, locale)).join(", ")}
                      </p>
                    )}
                    <RemoveForm
                      kind="exception"
                      id={e.id}
                      practitionerId={data.practitioner.id}
                      label={t("removeNamed", { item: label })}
                      timeZone={data.timeZone}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="timeoff-title" className={card}>
          <h2 id="timeoff-title" className="text-xl font-semibold">
            {t("timeOffTitle")}
          </h2>
          <TimeOffForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            timeZone={data.timeZone}
          />
        </section>

        <section aria-labelledby="extra-title" className={card}>
          <h2 id="extra-title" className="text-xl font-semibold">
            {t("extraTitle")}
          </h2>
          <ExtraBlockForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            types={data.types}
            timeZone={data.timeZone}
            today={today}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
