import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { PractitionerForm } from "@/components/catalog/practitioner-form";
import { loadNewPractitionerForm } from "@/lib/catalog/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { practitionerFormMessages } from "@/components/catalog/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.practitioners");
  return { title: t("newTitle") };
}

export default async function NewPractitionerPage() {
  const { specialties, sites } = await loadNewPractitionerForm();
  const t = await getTranslations("adminCatalog.practitioners");
  return (
    <FormPage back={{ href: "/admin/practitioners", label: t("backToList") }} title={t("newTitle")}>
      <ClientMessages namespaces={practitionerFormMessages}>
        <PractitionerForm specialties={specialties} sites={sites} />
      </ClientMessages>
    </FormPage>
  );
}
