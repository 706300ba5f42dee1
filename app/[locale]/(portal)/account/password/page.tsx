import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/credentials/change-password-form";
import { loadCredentialsPage } from "@/lib/credentials/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { changePasswordFormMessages } from "@/components/credentials/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.password");
  return { title: t("title") };
}

export default async function ChangePasswordPage() {
  await loadCredentialsPage();
  const t = await getTranslations("credentials.password");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <p>{t("intro")}</p>
        <ClientMessages namespaces={changePasswordFormMessages}>
          <ChangePasswordForm />
        </ClientMessages>
      </div>
    </div>
  );
}
