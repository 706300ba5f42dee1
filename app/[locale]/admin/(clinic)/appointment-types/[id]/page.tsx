import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentTypeForm } from "@/components/catalog/appointment-type-form";
import { loadAppointmentTypeForm } from "@/lib/catalog/loaders";
import { localName } from "@/lib/catalog/names";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appointmentTypeFormMessages } from "@/components/catalog/messages";

type Props = { params: Promise<{ id: string }> };

// Loaded in metadata too: it resolves before the page streams, so an unknown id answers a real 404.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await loadAppointmentTypeForm((await params).id);
  const t = await getTranslations("adminCatalog.appointmentTypes");
  return { title: t("editTitle", { name: localName(type, await getLocale()) }) };
}

export default async function EditAppointmentTypePage({ params }: Props) {
  const { type, specialties, practitioners } = await loadAppointmentTypeForm((await params).id);
  const [t, locale] = await Promise.all([
    getTranslations("adminCatalog.appointmentTypes"),
    getLocale(),
  ]);
  const { specialty, practitioner, ...fields } = type;
  const values = {
    ...fields,
    specialtyId: specialty?.id ?? null,
    practitionerId: practitioner?.id ?? null,
  };
  return (
    <FormPage
      back={{ href: "/admin/appointment-types", label: t("backToList") }}
      title={t("editTitle", { name: localName(type, locale) })}
    >
      <ClientMessages namespaces={appointmentTypeFormMessages}>
        <AppointmentTypeForm
          type={values}
          specialties={specialties}
          practitioners={practitioners}
        />
      </ClientMessages>
    </FormPage>
  );
}
