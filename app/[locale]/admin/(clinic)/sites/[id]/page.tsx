import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/catalog/list-parts";
import { SiteForm } from "@/components/catalog/site-form";
import { loadSite } from "@/lib/catalog/loaders";
import { localName } from "@/lib/catalog/names";
import { ClientMessages } from "@/components/i18n/client-messages";
import { siteFormMessages } from "@/components/catalog/messages";

type Props = { params: Promise<{ id: string }> };

// Loaded in metadata too: it resolves before the page streams, so an unknown id answers a real 404.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await loadSite((await params).id);
  const t = await getTranslations("adminCatalog.sites");
  return { title: t("editTitle", { name: localName(site, await getLocale()) }) };
}

export default async function EditSitePage({ params }: Props) {
  const site = await loadSite((await params).id);
  const [t, locale] = await Promise.all([getTranslations("adminCatalog.sites"), getLocale()]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/sites">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold break-words">
        {t("editTitle", { name: localName(site, locale) })}
      </h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={siteFormMessages}>
          <SiteForm site={site} />
        </ClientMessages>
      </div>
    </div>
  );
}
