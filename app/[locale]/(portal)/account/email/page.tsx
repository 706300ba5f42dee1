import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/credentials/change-email-form";
import { loadCredentialsPage } from "@/lib/credentials/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.email");
  return { title: t("title") };
}

export default async function ChangeEmailPage() {
  const { email } = await loadCredentialsPage();
  const t = await getTranslations("credentials.email");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <p className="break-all">{t("currentIs", { email })}</p>
        <p>{t("intro")}</p>
        <ChangeEmailForm />
      </div>
    </div>
  );
}
