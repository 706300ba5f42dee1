import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getLocale, getTranslations } from "next-intl/server";
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
    <FormPage
      back={{ href: "/admin/sites", label: t("backToList") }}
      title={t("editTitle", { name: localName(site, locale) })}
    >
      <ClientMessages namespaces={siteFormMessages}>
        <SiteForm site={site} />
      </ClientMessages>
    </FormPage>
  );
}
