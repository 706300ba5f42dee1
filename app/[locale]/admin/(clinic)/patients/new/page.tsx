import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { CreatePatientForm } from "@/components/admin/create-patient-form";
import { loadStaffRole } from "@/lib/admin/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { createPatientFormMessages } from "@/components/admin/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPatients");
  return { title: t("newTitle") };
}

export default async function NewPatientPage() {
  await loadStaffRole();
  const t = await getTranslations("adminPatients");
  return (
    <FormPage back={{ href: "/admin/patients", label: t("back") }} title={t("newTitle")}>
      <ClientMessages namespaces={createPatientFormMessages}>
        <CreatePatientForm />
      </ClientMessages>
    </FormPage>
  );
}
