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
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import { Section } from "@/components/shell/section";
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

        <Section heading={t("blocksTitle")} className="space-y-3">
          {data.blocks.length === 0 ? (
            <Card as="p" padding="compact">
              {t("noBlocks")}
            </Card>
          ) : (
            <ul className="space-y-3">
              {data.blocks.map((b) => {
                const summary = t("blockSummary", {
                  weekday: weekdayName(b.weekday),
                  start: formatMinuteOfDay(b.startMinute, locale),
                  end: formatMinuteOfDay(b.endMinute, locale),
                });
                return (
                  <Card as="li" key={b.id} padding="compact" className="space-y-2">
                    <h3 className="font-semibold">{summary}</h3>
                    <DetailList
                      layout="inline"
                      items={[
                        {
                          term: tc("labelled", { label: t("siteLabel") }),
                          detail: localName(b.site, locale),
                        },
                        {
                          term: t("fields.validFrom"),
                          hiddenTerm: true,
                          detail: b.validUntil
                            ? t("validityRange", {
                                from: day(b.validFrom),
                                until: day(b.validUntil),
                              })
                            : t("validity", { from: day(b.validFrom) }),
                        },
                        {
                          term: tc("labelled", { label: t("typesLabel") }),
                          detail: b.types.map((ty) => localName(ty, locale)).join(", "),
                          wide: true,
                        },
                      ]}
                    />
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
                  </Card>
                );
              })}
            </ul>
          )}
        </Section>

        <Card heading={t("addBlockTitle")} className="space-y-4">
          <BlockForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            types={data.types}
            timeZone={data.timeZone}
            today={today}
          />
        </Card>

        <Section heading={t("exceptionsTitle")} className="space-y-3">
          {data.exceptions.length === 0 ? (
            <Card as="p" padding="compact">
              {t("noExceptions")}
            </Card>
          ) : (
            <ul className="space-y-3">
              {data.exceptions.map((e) => {
                const label = t("exceptionSummary", {
                  kind: t(`kinds.${e.kind}`),
                  from: when(e.startsAt),
                  until: when(e.endsAt),
                });
                return (
                  <Card as="li" key={e.id} padding="compact" className="space-y-2">
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
                  </Card>
                );
              })}
            </ul>
          )}
        </Section>

        <Card heading={t("timeOffTitle")} className="space-y-4">
          <TimeOffForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            timeZone={data.timeZone}
          />
        </Card>

        <Card heading={t("extraTitle")} className="space-y-4">
          <ExtraBlockForm
            practitionerId={data.practitioner.id}
            sites={data.sites}
            types={data.types}
            timeZone={data.timeZone}
            today={today}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
