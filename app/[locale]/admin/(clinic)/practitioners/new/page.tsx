import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/catalog/list-parts";
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
    <div className="space-y-6">
      <BackLink href="/admin/practitioners">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={practitionerFormMessages}>
          <PractitionerForm specialties={specialties} sites={sites} />
        </ClientMessages>
      </div>
    </div>
  );
}
