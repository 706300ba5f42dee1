import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogCard, CatalogListPage } from "@/components/catalog/list-parts";
import { loadSpecialties } from "@/lib/catalog/loaders";
import { localName } from "@/lib/catalog/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.specialties");
  return { title: t("title") };
}

export default async function SpecialtiesPage() {
  const specialties = await loadSpecialties();
  const t = await getTranslations("adminCatalog.specialties");
  const common = await getTranslations("adminCatalog.common");
  const locale = await getLocale();
  return (
    <CatalogListPage list="specialties" count={specialties.length}>
      {specialties.map((s) => {
        const name = localName(s, locale);
        return (
          <CatalogCard
            key={s.id}
            href={`/admin/specialties/${s.id}`}
            name={name}
            editLabel={common("editNamed", { name })}
            facts={[
              [
                locale === "fr" ? t("fields.nameEn") : t("fields.nameFr"),
                locale === "fr" ? s.nameEn : s.nameFr,
              ],
              [t("practitionerCount"), String(s.practitioners)],
              [t("typeCount"), String(s.appointmentTypes)],
            ]}
          />
        );
      })}
    </CatalogListPage>
  );
}
