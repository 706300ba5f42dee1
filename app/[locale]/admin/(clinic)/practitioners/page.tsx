import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogCard, CatalogListPage, StatusBadge } from "@/components/catalog/list-parts";
import { loadPractitioners } from "@/lib/catalog/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.practitioners");
  return { title: t("title") };
}

export default async function PractitionersPage() {
  const practitioners = await loadPractitioners();
  const t = await getTranslations("adminCatalog.practitioners");
  const common = await getTranslations("adminCatalog.common");
  const locale = await getLocale();
  const names = (rows: { nameEn: string; nameFr: string }[]) =>
    rows.map((r) => localName(r, locale)).join(", ") || "—";
  const yesNo = (v: boolean) => (v ? common("yes") : common("no"));
  return (
    <CatalogListPage list="practitioners" count={practitioners.length}>
      {practitioners.map((p) => {
        const name = practitionerName(p);
        return (
          <CatalogCard
            key={p.id}
            href={`/admin/practitioners/${p.id}`}
            name={name}
            editLabel={common("editNamed", { name })}
            badges={
              <StatusBadge
                active={p.active}
                label={p.active ? common("active") : common("inactive")}
              />
            }
            facts={[
              [t("fields.specialties"), names(p.specialties)],
              [t("fields.sites"), names(p.sites)],
              [t("fields.bookableOnline"), yesNo(p.bookableOnline)],
              [t("fields.acceptingNewPatients"), yesNo(p.acceptingNewPatients)],
            ]}
          />
        );
      })}
    </CatalogListPage>
  );
}
