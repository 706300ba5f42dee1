import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { ResendActivationForm } from "@/components/registration/resend-activation-form";
import { AppShell } from "@/components/shell/app-shell";
import { loadClinic } from "@/lib/clinic/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { resendActivationFormMessages } from "@/components/registration/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activate.resend");
  return { title: t("title") };
}

export default async function ResendActivationPage() {
  const [clinic, t] = await Promise.all([loadClinic(), getTranslations("activate.resend")]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="text-sm">{t("spam")}</p>
        <Card padding="roomy">
          <ClientMessages namespaces={resendActivationFormMessages}>
            <ResendActivationForm />
          </ClientMessages>
        </Card>
      </div>
    </AppShell>
  );
}
