import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { ResetPasswordForm } from "@/components/credentials/reset-password-form";
import { AppShell } from "@/components/shell/app-shell";
import { loadResetPasswordPage } from "@/lib/credentials/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { resetPasswordFormMessages } from "@/components/credentials/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resetPassword");
  // The address holds a secret: never send it to another site (HD-5).
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  const [{ clinic, state }, t] = await Promise.all([
    loadResetPasswordPage(token),
    getTranslations("resetPassword"),
  ]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card padding="roomy">
          {state === "valid" ? (
            <ClientMessages namespaces={resetPasswordFormMessages}>
              <ResetPasswordForm token={token} />
            </ClientMessages>
          ) : (
            <div className="space-y-3">
              <p
                role="alert"
                className="rounded-md border border-red-300 bg-red-50 p-3 text-danger"
              >
                {t(`link.${state}`)}
              </p>
              <a
                href={`/${locale}/forgot-password`}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                {t("askAgain")}
              </a>
            </div>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
