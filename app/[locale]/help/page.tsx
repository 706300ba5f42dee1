import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/shell/section";
import { AppShell } from "@/components/shell/app-shell";
import { loadClinic } from "@/lib/clinic/loaders";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("help");
  return { title: t("title") };
}

const SECTIONS = [
  "account",
  "login",
  "password",
  "family",
  "appointments",
  "inbox",
  "reply",
  "emails",
  "profile",
  "privacy",
] as const;

/** A short user guide, readable without an account. */
export default async function HelpPage() {
  const [clinic, t] = await Promise.all([loadClinic(), getTranslations("help")]);
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <article className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("intro")}</p>
        {SECTIONS.map((s) => (
          <Section key={s} heading={t(`${s}.title`)} headingSize="lg" className="space-y-2">
            <p>{t(`${s}.body`)}</p>
          </Section>
        ))}
        <p>
          <Link
            href="/login"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t("back")}
          </Link>
        </p>
      </article>
    </AppShell>
  );
}
