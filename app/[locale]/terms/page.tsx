import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TermsForm } from "@/components/registration/terms-form";
import { AppShell } from "@/components/shell/app-shell";
import { requirePatient } from "@/lib/auth/gate";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { loadTermsPage } from "@/lib/registration/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { termsFormMessages } from "@/components/registration/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("terms");
  return { title: t("title") };
}

/** Outside the patient shell on purpose: nothing else is reachable until the terms are accepted. */
export default async function TermsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  await requirePatient({ pendingTerms: true });
  const [{ locale }, { callbackUrl }, { clinic, terms }, t] = await Promise.all([
    params,
    searchParams,
    loadTermsPage(),
    getTranslations("terms"),
  ]);
  const text =
    (locale === "fr" ? terms?.termsFr : terms?.termsEn) ||
    t("defaultText", { clinic: clinic?.name ?? "" });
  const safe = callbackUrl ? safeCallbackUrl(callbackUrl, "") : "";
  return (
    <AppShell clinic={clinic} signedIn homeHref="/terms">
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted">{t("version", { version: terms?.termsVersion ?? 1 })}</p>
        {/* Plain text paragraphs: the clinic's text is never parsed as HTML (IN-1). */}
        <section
          aria-label={t("textLabel")}
          className="max-h-[60vh] space-y-3 overflow-y-auto rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
          tabIndex={0}
        >
          {text.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </section>
        <ClientMessages namespaces={termsFormMessages}>
          <TermsForm version={terms?.termsVersion ?? 1} callbackUrl={safe || undefined} />
        </ClientMessages>
      </div>
    </AppShell>
  );
}
