import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/catalog/list-parts";
import { SpecialtyForm } from "@/components/catalog/specialty-form";
import { requireStaff } from "@/lib/auth/gate";
import { ClientMessages } from "@/components/i18n/client-messages";
import { specialtyFormMessages } from "@/components/catalog/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.specialties");
  return { title: t("newTitle") };
}

export default async function NewSpecialtyPage() {
  await requireStaff();
  const t = await getTranslations("adminCatalog.specialties");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/specialties">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={specialtyFormMessages}>
          <SpecialtyForm />
        </ClientMessages>
      </div>
    </div>
  );
}
