import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExtraBlockForm, RemoveForm, TimeOffForm } from "@/components/schedule/availability-forms";
import { ExceptionList } from "@/components/schedule/exception-list";
import { availabilityFormsMessages } from "@/components/schedule/messages";
import { BackLink } from "@/components/shell/back-link";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadPractitionerAvailability } from "@/lib/availability/loaders";
import { practitionerName } from "@/lib/catalog/names";
import { todayIn } from "@/lib/clock";

type Props = { params: Promise<{ practitionerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { practitioner } = await loadPractitionerAvailability((await params).practitionerId);
  const t = await getTranslations("adminAvailability");
  return { title: t("week.exceptionsPageTitle", { name: practitionerName(practitioner) }) };
}

/** Time off and one-off extra blocks of one practitioner: the list with its remove buttons, and the two forms. */
export default async function PractitionerExceptionsPage({ params }: Props) {
  const data = await loadPractitionerAvailability((await params).practitionerId);
  const t = await getTranslations("adminAvailability");
  const name = practitionerName(data.practitioner);
  return (
    <ClientMessages namespaces={availabilityFormsMessages}>
      <div className="space-y-6">
        <BackLink href={`/admin/availability/${data.practitioner.id}`}>
          {t("week.backToWeek", { name })}
        </BackLink>
        <h1 className="text-2xl font-semibold">{t("week.exceptionsPageTitle", { name })}</h1>
        <p className="text-muted">{t("timeZoneNote", { timeZone: data.timeZone })}</p>
        <Section heading={t("week.upcoming")} className="space-y-3">
          <ExceptionList
            exceptions={data.exceptions}
            timeZone={data.timeZone}
            remove={(e, label) => (
              <RemoveForm
                id={e.id}
                practitionerId={data.practitioner.id}
                label={t("removeNamed", { item: label })}
                timeZone={data.timeZone}
              />
            )}
          />
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
            today={todayIn(data.timeZone)}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
