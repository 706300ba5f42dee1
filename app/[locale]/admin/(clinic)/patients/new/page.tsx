import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreatePatientForm } from "@/components/admin/create-patient-form";
import { loadStaffRole } from "@/lib/admin/loaders";
import { Link } from "@/lib/i18n/navigation";
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
    <div className="space-y-6">
      <Link
        href="/admin/patients"
        className="inline-flex min-h-11 items-center text-brand-800 underline"
      >
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={createPatientFormMessages}>
          <CreatePatientForm />
        </ClientMessages>
      </div>
    </div>
  );
}
