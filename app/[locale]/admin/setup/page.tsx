import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClinicSetupForm } from "@/components/admin/clinic-setup-form";
import { loadClinicSetup } from "@/lib/admin/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { clinicSetupFormMessages } from "@/components/admin/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSetup");
  return { title: t("title") };
}

/** First run on an empty database: every other staff page sends the admin here until it is done. */
export default async function ClinicSetupPage() {
  const [setup, t] = await Promise.all([loadClinicSetup(), getTranslations("adminSetup")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {setup.canSetUp ? (
        <>
          <p>{t("intro")}</p>
          <ClientMessages namespaces={clinicSetupFormMessages}>
            <ClinicSetupForm values={setup.values} timeZones={setup.timeZones} />
          </ClientMessages>
        </>
      ) : (
        <p>{t("askAdmin")}</p>
      )}
    </div>
  );
}
