import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { ForgotPasswordForm } from "@/components/credentials/forgot-password-form";
import { AppShell } from "@/components/shell/app-shell";
import { loadForgotPasswordPage } from "@/lib/credentials/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { forgotPasswordFormMessages } from "@/components/credentials/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const [{ locale }, { clinic }, t] = await Promise.all([
    params,
    loadForgotPasswordPage(),
    getTranslations("forgotPassword"),
  ]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card padding="roomy">
          <ClientMessages namespaces={forgotPasswordFormMessages}>
            <ForgotPasswordForm />
          </ClientMessages>
        </Card>
        <p>
          <a
            href={`/${locale}/login`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t("backToLogin")}
          </a>
        </p>
      </div>
    </AppShell>
  );
}
