import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { ActivateForm, TokenProblem } from "@/components/registration/activate-form";
import { AppShell } from "@/components/shell/app-shell";
import { loadActivatePage } from "@/lib/registration/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { activateFormMessages } from "@/components/registration/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activate");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ clinic, state }, t] = await Promise.all([
    loadActivatePage(token),
    getTranslations("activate"),
  ]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card padding="roomy" className="space-y-4">
          {state === "valid" ? (
            <>
              <p>{t("intro")}</p>
              <ClientMessages namespaces={activateFormMessages}>
                <ActivateForm token={token} />
              </ClientMessages>
            </>
          ) : (
            <ClientMessages namespaces={activateFormMessages}>
              <TokenProblem reason={state} />
            </ClientMessages>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
