import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getLocale, getTranslations } from "next-intl/server";
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
    <FormPage
      back={{ href: "/admin/specialties", label: t("backToList") }}
      title={t("editTitle", { name: localName(specialty, locale) })}
    >
      <ClientMessages namespaces={specialtyFormMessages}>
        <SpecialtyForm specialty={specialty} />
      </ClientMessages>
    </FormPage>
  );
}
