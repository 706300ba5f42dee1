import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppointmentTypeForm } from "@/components/catalog/appointment-type-form";
import { BackLink } from "@/components/catalog/list-parts";
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
    <div className="space-y-6">
      <BackLink href="/admin/appointment-types">{t("backToList")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={appointmentTypeFormMessages}>
          <AppointmentTypeForm specialties={specialties} practitioners={practitioners} />
        </ClientMessages>
      </div>
    </div>
  );
}
