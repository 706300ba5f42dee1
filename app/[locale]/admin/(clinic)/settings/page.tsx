import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/gate";
import { getLocale, getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { loadSettings } from "@/lib/admin/loaders";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { brandFormMessages, settingsFormMessages } from "@/components/admin/messages";
import { BrandForm } from "@/components/admin/brand-form";
import { logoUrl } from "@/lib/clinic/logo-url";
import { ClinicTaxesForm } from "@/components/bills-admin/clinic-taxes-form";
import { clinicTaxesFormMessages } from "@/components/bills-admin/messages";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadClinicTaxes } from "@/lib/bills/loaders";

export async function generateMetadata(): Promise<Metadata> {
  // Checked here too: metadata resolves before the page streams, so a refusal answers a real 404.
  await requireStaff({ admin: true });
  const t = await getTranslations("adminSettings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const settings = await loadSettings();
  const [t, tb, taxes, locale, timeZone] = await Promise.all([
    getTranslations("adminSettings"),
    getTranslations("adminBills"),
    loadClinicTaxes(),
    getLocale(),
    loadClinicTimeZone(),
  ]);
  const { termsVersion, termsPublishedAt, brandColor, logoKey, ...values } = settings;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>
        {t("termsVersion", { version: termsVersion })}{" "}
        {termsPublishedAt &&
          t("termsPublished", {
            date: formatInstant(termsPublishedAt, locale, timeZone, "date"),
          })}
      </p>
      <Section heading={t("brandTitle")} className="space-y-3">
        <Card>
          <ClientMessages namespaces={brandFormMessages}>
            <BrandForm brandColor={brandColor} logoUrl={logoUrl(logoKey)} />
          </ClientMessages>
        </Card>
      </Section>
      <ClientMessages namespaces={settingsFormMessages}>
        <SettingsForm values={values} />
      </ClientMessages>
      <Section heading={tb("taxesTitle")} className="space-y-3">
        <p className="text-muted">{tb("taxesIntro")}</p>
        <Card>
          <ClientMessages namespaces={clinicTaxesFormMessages}>
            <ClinicTaxesForm taxes={taxes} />
          </ClientMessages>
        </Card>
      </Section>
    </div>
  );
}
