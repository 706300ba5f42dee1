import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogCard, CatalogListPage, StatusBadge } from "@/components/catalog/list-parts";
import { loadSites } from "@/lib/catalog/loaders";
import { localName } from "@/lib/catalog/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.sites");
  return { title: t("title") };
}

export default async function SitesPage() {
  const sites = await loadSites();
  const t = await getTranslations("adminCatalog.sites");
  const common = await getTranslations("adminCatalog.common");
  const locale = await getLocale();
  return (
    <CatalogListPage list="sites" count={sites.length}>
      {sites.map((site) => {
        const name = localName(site, locale);
        const address = [site.addressLine, site.city, site.postalCode].filter(Boolean).join(", ");
        return (
          <CatalogCard
            key={site.id}
            href={`/admin/sites/${site.id}`}
            name={name}
            editLabel={common("editNamed", { name })}
            badges={
              <StatusBadge
                active={site.active}
                label={site.active ? common("active") : common("inactive")}
              />
            }
            facts={[
              [t("fields.kind"), t(`kinds.${site.kind}`)],
              ...(site.kind === "physical"
                ? [[t("fields.addressLine"), address || "—"] as [string, string]]
                : []),
              [t("fields.phone"), site.phone ?? "—"],
            ]}
          />
        );
      })}
    </CatalogListPage>
  );
}
