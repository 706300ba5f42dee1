import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/credentials/confirm-email-form";
import { loadEmailConfirmPage } from "@/lib/credentials/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.confirm");
  // The address holds a secret: never send it to another site (HD-5).
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ConfirmEmailPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  const [{ state, newEmail }, t] = await Promise.all([loadEmailConfirmPage(token), getTranslations("credentials.confirm")]);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        {state === "valid" && newEmail ? (
          <>
            <p>{t("intro")}</p>
            <ConfirmEmailForm token={token} newEmail={newEmail} />
          </>
        ) : (
          <>
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-danger">
              {t(`link.${state === "valid" ? "invalid" : state}`)}
            </p>
            <a href={`/${locale}/account/email`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("askAgain")}
            </a>
          </>
        )}
      </div>
    </div>
  );
}
