import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { AppointmentTypeForm } from "@/components/catalog/appointment-type-form";
import { loadNewAppointmentTypeForm } from "@/lib/catalog/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appointmentTypeFormMessages } from "@/components/catalog/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalog.appointmentTypes");
  return { title: t("newTitle") };
}

export default async function NewAppointmentTypePage() {
  const { specialties, practitioners } = await loadNewAppointmentTypeForm();
  const t = await getTranslations("adminCatalog.appointmentTypes");
  return (
    <FormPage
      back={{ href: "/admin/appointment-types", label: t("backToList") }}
      title={t("newTitle")}
    >
      <ClientMessages namespaces={appointmentTypeFormMessages}>
        <AppointmentTypeForm specialties={specialties} practitioners={practitioners} />
      </ClientMessages>
    </FormPage>
  );
}
