import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { SiteForm } from "@/components/catalog/site-form";
import { requireStaff } from "@/lib/auth/gate";
import { ClientMessages } from "@/components/i18n/client-messages";
import { siteFormMessages } from "@/components/catalog/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.sites");
  return { title: t("newTitle") };
}

export default async function NewSitePage() {
  await requireStaff();
  const t = await getTranslations("adminCatalog.sites");
  return (
    <FormPage back={{ href: "/admin/sites", label: t("backToList") }} title={t("newTitle")}>
      <ClientMessages namespaces={siteFormMessages}>
        <SiteForm />
      </ClientMessages>
    </FormPage>
  );
}
