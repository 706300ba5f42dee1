import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { PractitionerForm } from "@/components/catalog/practitioner-form";
import { loadPractitionerForm } from "@/lib/catalog/loaders";
import { practitionerName } from "@/lib/catalog/names";
import { ClientMessages } from "@/components/i18n/client-messages";
import { practitionerFormMessages } from "@/components/catalog/messages";

type Props = { params: Promise<{ id: string }> };

// Loaded in metadata too: it resolves before the page streams, so an unknown id answers a real 404.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { practitioner } = await loadPractitionerForm((await params).id);
  const t = await getTranslations("adminCatalog.practitioners");
  return { title: t("editTitle", { name: practitionerName(practitioner) }) };
}

export default async function EditPractitionerPage({ params }: Props) {
  const { practitioner, specialties, sites } = await loadPractitionerForm((await params).id);
  const t = await getTranslations("adminCatalog.practitioners");
  const p = practitioner;
  const values = {
    ...p,
    specialtyIds: p.specialties.map((s) => s.id),
    siteIds: p.sites.map((s) => s.id),
  };
  return (
    <FormPage
      back={{ href: "/admin/practitioners", label: t("backToList") }}
      title={t("editTitle", { name: practitionerName(p) })}
    >
      <ClientMessages namespaces={practitionerFormMessages}>
        <PractitionerForm practitioner={values} specialties={specialties} sites={sites} />
      </ClientMessages>
    </FormPage>
  );
}
