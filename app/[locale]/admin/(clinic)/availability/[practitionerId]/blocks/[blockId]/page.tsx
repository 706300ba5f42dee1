import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { BlockForm } from "@/components/schedule/availability-forms";
import { loadPractitionerAvailability } from "@/lib/availability/loaders";
import { practitionerName } from "@/lib/catalog/names";
import { todayIn } from "@/lib/clock";
import { ClientMessages } from "@/components/i18n/client-messages";
import { availabilityFormsMessages } from "@/components/schedule/messages";

type Props = { params: Promise<{ practitionerId: string; blockId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAvailability");
  return { title: t("editTitle") };
}

export default async function EditBlockPage({ params }: Props) {
  const { practitionerId, blockId } = await params;
  const data = await loadPractitionerAvailability(practitionerId);
  const block = data.blocks.find((b) => b.id === blockId);
  if (!block) notFound();
  const t = await getTranslations("adminAvailability");
  // A type no longer in scope (or inactive) stays offered while the block has it, so saving does not drop it silently.
  const types = [
    ...data.types,
    ...block.types.filter((bt) => !data.types.some((ty) => ty.id === bt.id)),
  ];
  return (
    <FormPage
      back={{
        href: `/admin/availability/${practitionerId}`,
        label: t("backToPractitioner", { name: practitionerName(data.practitioner) }),
      }}
      title={t("editTitle")}
      intro={t("timeZoneNote", { timeZone: data.timeZone })}
    >
      <ClientMessages namespaces={availabilityFormsMessages}>
        <BlockForm
          practitionerId={practitionerId}
          sites={data.sites}
          types={types}
          timeZone={data.timeZone}
          today={todayIn(data.timeZone)}
          block={{ ...block, typeIds: block.types.map((ty) => ty.id) }}
        />
      </ClientMessages>
    </FormPage>
  );
}
