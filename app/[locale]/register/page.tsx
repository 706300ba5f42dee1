import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { RegisterForm } from "@/components/registration/register-form";
import { AppShell } from "@/components/shell/app-shell";
import { Link } from "@/lib/i18n/navigation";
import { loadRegisterPage } from "@/lib/registration/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { registerFormMessages } from "@/components/registration/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  const [{ clinic, rules, province }, t] = await Promise.all([
    loadRegisterPage(),
    getTranslations("register"),
  ]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="text-sm">{t("childNote")}</p>
        <Card>
          {rules ? (
            <ClientMessages namespaces={registerFormMessages}>
              <RegisterForm rules={rules} clinicProvince={province} />
            </ClientMessages>
          ) : (
            <p>{t("unavailable")}</p>
          )}
        </Card>
        <p>
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("loginLink")}
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
