import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { LoginForm } from "@/components/auth/login-form";
import { FormAlert } from "@/components/forms/form-alert";
import { AppShell } from "@/components/shell/app-shell";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { loadClinic } from "@/lib/clinic/loaders";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/credentials";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loginFormMessages } from "@/components/auth/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{
    callbackUrl?: string;
    activated?: string;
    reset?: string;
  }>;
}) {
  const [{ locale }, { callbackUrl, activated, reset }, clinic, t] = await Promise.all([
    params,
    searchParams,
    loadClinic(),
    getTranslations("login"),
  ]);
  const demo = env().demo;
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {activated === "1" && <FormAlert tone="success">{t("activated")}</FormAlert>}
        {reset === "1" && <FormAlert tone="success">{t("passwordReset")}</FormAlert>}
        <Card padding="roomy" className="space-y-4">
          <ClientMessages namespaces={loginFormMessages}>
            <LoginForm callbackUrl={safeCallbackUrl(callbackUrl, `/${locale}`)} />
          </ClientMessages>
          <p>
            <Link
              href="/forgot-password"
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              {t("forgotPassword")}
            </Link>
          </p>
        </Card>
        <Card padding="roomy" heading={t("newToPortal")} headingSize="base" className="space-y-2">
          <Link
            href="/register"
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("createAccount")}
          </Link>
          <p className="pt-2">
            {t("needHelp")}{" "}
            <Link
              href="/help"
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              {t("userGuide")}
            </Link>
          </p>
        </Card>
        {demo && (
          <Section
            heading={t("demoTitle")}
            headingSize="base"
            className="rounded-lg border border-amber-300 bg-amber-50 p-4"
          >
            <p className="text-sm">{t("demoIntro", { password: DEMO_PASSWORD })}</p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              <li>{t("demoPatient", { email: DEMO_ACCOUNTS.patient })}</li>
              <li>{t("demoAdult", { email: DEMO_ACCOUNTS.adult })}</li>
              <li>{t("demoStaff", { email: DEMO_ACCOUNTS.staff })}</li>
              <li>{t("demoAdmin", { email: DEMO_ACCOUNTS.admin })}</li>
            </ul>
          </Section>
        )}
      </div>
    </AppShell>
  );
}
