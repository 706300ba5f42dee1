import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/catalog/list-parts";
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
    <div className="space-y-6">
      <BackLink href="/admin/sites">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={siteFormMessages}>
          <SiteForm />
        </ClientMessages>
      </div>
    </div>
  );
}
