import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
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
    <FormPage back={{ href: "/admin/specialties", label: t("backToList") }} title={t("newTitle")}>
      <ClientMessages namespaces={specialtyFormMessages}>
        <SpecialtyForm />
      </ClientMessages>
    </FormPage>
  );
}
