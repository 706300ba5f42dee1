import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExceptionList } from "@/components/schedule/exception-list";
import { weekEditorMessages } from "@/components/schedule/messages";
import { WeekEditor } from "@/components/schedule/week-editor";
import { BackLink } from "@/components/shell/back-link";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadPractitionerAvailability } from "@/lib/availability/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ practitionerId: string }>;
  searchParams: Promise<{ site?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { practitioner } = await loadPractitionerAvailability((await params).practitionerId);
  const t = await getTranslations("adminAvailability");
  return { title: t("practitionerTitle", { name: practitionerName(practitioner) }) };
}

export default async function PractitionerAvailabilityPage({ params, searchParams }: Props) {
  const [{ practitionerId }, { site: siteId }] = await Promise.all([params, searchParams]);
  const data = await loadPractitionerAvailability(practitionerId, siteId);
  const [t, locale] = await Promise.all([getTranslations("adminAvailability"), getLocale()]);
  const name = practitionerName(data.practitioner);
  const base = `/admin/availability/${data.practitioner.id}`;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/availability">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("practitionerTitle", { name })}</h1>
      <p className="text-muted">{t("timeZoneNote", { timeZone: data.timeZone })}</p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <Card heading={t("week.title")} className="space-y-4">
          <p>{t("week.intro")}</p>
          {data.sites.length > 1 && (
            <nav aria-label={t("week.siteChoice")}>
              <ul className="flex flex-wrap gap-2">
                {data.sites.map((s) => (
                  <li key={s.id}>
                    <Link
                      href={`${base}?site=${s.id}`}
                      aria-current={s.id === data.site?.id ? "page" : undefined}
                      className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                    >
                      {localName(s, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {data.site && (
            <ClientMessages namespaces={weekEditorMessages}>
              <WeekEditor
                // A new site is a new week: the editor starts again from what is saved there.
                key={data.site.id}
                practitionerId={data.practitioner.id}
                siteId={data.site.id}
                types={data.types}
                blocks={data.week}
                validFrom={data.validFrom}
                validUntil={data.validUntil}
                timeZone={data.timeZone}
              />
            </ClientMessages>
          )}
        </Card>
        <Section
          heading={t("exceptionsTitle")}
          className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
        >
          <p className="text-muted">{t("week.exceptionsIntro")}</p>
          <ExceptionList exceptions={data.exceptions} timeZone={data.timeZone} />
          <Link
            href={`${base}/exceptions`}
            className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800"
          >
            {t("week.manageExceptions")}
          </Link>
        </Section>
      </div>
    </div>
  );
}
