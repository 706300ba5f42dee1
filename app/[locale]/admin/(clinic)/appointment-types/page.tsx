import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogCard, CatalogListPage, StatusBadge } from "@/components/catalog/list-parts";
import { loadAppointmentTypes } from "@/lib/catalog/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.appointmentTypes");
  return { title: t("title") };
}

export default async function AppointmentTypesPage() {
  const types = await loadAppointmentTypes();
  const t = await getTranslations("adminCatalog.appointmentTypes");
  const common = await getTranslations("adminCatalog.common");
  const locale = await getLocale();
  return (
    <CatalogListPage list="appointmentTypes" count={types.length}>
      {types.map((type) => {
        const name = localName(type, locale);
        const description = locale === "fr" ? type.descriptionFr : type.descriptionEn;
        const scope = [
          type.specialty ? localName(type.specialty, locale) : null,
          type.practitioner ? practitionerName(type.practitioner) : null,
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <CatalogCard
            key={type.id}
            href={`/admin/appointment-types/${type.id}`}
            name={name}
            editLabel={common("editNamed", { name })}
            badges={
              <>
                <StatusBadge
                  active={type.active}
                  label={type.active ? common("active") : common("inactive")}
                />
                {type.kind === "emergency" && (
                  <span className="inline-block rounded-full border border-red-700 px-2 py-0.5 text-sm font-medium text-danger">
                    {t("kinds.emergency")}
                  </span>
                )}
              </>
            }
            facts={[
              [t("fields.duration"), t("minutes", { count: type.durationMinutes })],
              [t("fields.scope"), scope || "—"],
              [t("fields.bookableOnline"), type.bookableOnline ? common("yes") : common("no")],
              ...(description ? [[t("fields.description"), description] as [string, string]] : []),
            ]}
          />
        );
      })}
    </CatalogListPage>
  );
}
