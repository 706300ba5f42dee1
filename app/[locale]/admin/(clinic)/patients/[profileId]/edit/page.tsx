import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditPatientForm } from "@/components/admin/edit-patient-form";
import { editPatientFormMessages } from "@/components/admin/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FormPage } from "@/components/shell/form-page";
import { loadPatientToEdit } from "@/lib/admin/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPatientEdit");
  return { title: t("title") };
}

export default async function EditPatientPage({
  params,
}: {
  params: Promise<{ profileId: string }>;
}) {
  const { profileId } = await params;
  const [patient, t] = await Promise.all([
    loadPatientToEdit(profileId),
    getTranslations("adminPatientEdit"),
  ]);
  return (
    <FormPage
      back={{ href: `/admin/patients/${patient.profileId}`, label: t("back") }}
      title={t("heading", {
        name: `${patient.values.firstName ?? ""} ${patient.values.lastName ?? ""}`,
      })}
      intro={t("intro")}
    >
      <ClientMessages namespaces={editPatientFormMessages}>
        <EditPatientForm
          profileId={patient.profileId}
          updatedAt={patient.updatedAt}
          values={patient.values}
          collectsHealthCard={patient.collectsHealthCard}
        />
      </ClientMessages>
    </FormPage>
  );
}
