import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormPage } from "@/components/shell/form-page";
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
    <FormPage narrow title={t("title")}>
      <p>{t("intro")}</p>
      <ClientMessages namespaces={changePasswordFormMessages}>
        <ChangePasswordForm />
      </ClientMessages>
    </FormPage>
  );
}
