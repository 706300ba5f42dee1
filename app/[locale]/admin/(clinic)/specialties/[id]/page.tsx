import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/catalog/list-parts";
import { SpecialtyForm } from "@/components/catalog/specialty-form";
import { loadSpecialty } from "@/lib/catalog/loaders";
import { localName } from "@/lib/catalog/names";
import { ClientMessages } from "@/components/i18n/client-messages";
import { specialtyFormMessages } from "@/components/catalog/messages";

type Props = { params: Promise<{ id: string }> };

// Loaded in metadata too: it resolves before the page streams, so an unknown id answers a real 404.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const specialty = await loadSpecialty((await params).id);
  const t = await getTranslations("adminCatalog.specialties");
  return { title: t("editTitle", { name: localName(specialty, await getLocale()) }) };
}

export default async function EditSpecialtyPage({ params }: Props) {
  const specialty = await loadSpecialty((await params).id);
  const [t, locale] = await Promise.all([getTranslations("adminCatalog.specialties"), getLocale()]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/specialties">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold break-words">
        {t("editTitle", { name: localName(specialty, locale) })}
      </h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={specialtyFormMessages}>
          <SpecialtyForm specialty={specialty} />
        </ClientMessages>
      </div>
    </div>
  );
}
