import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileDetails } from "@/components/profiles/profile-details";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadProfileTab } from "@/lib/portal/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profileTab");
  return { title: t("title") };
}

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ profile?: string | string[] }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const tab = await loadProfileTab(typeof query.profile === "string" ? query.profile : undefined);
  const t = await getTranslations("profileTab");
  const tTabs = await getTranslations("dashboard.tabs");
  const name = `${tab.details.firstName} ${tab.details.lastName}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{tab.own ? t("title") : t("titleOf", { name })}</h1>
      <Section heading={t("detailsTitle")} className="space-y-3">
        <Card padding="compact">
          <ProfileDetails profile={tab.details} locale={locale} />
        </Card>
        <p className="text-sm text-muted">{t("detailsHint")}</p>
      </Section>
      {!tab.own && (
        <Section heading={t("accessTitle")} className="space-y-3">
          <p>{t("access", { tabs: tab.tabs.map((x) => tTabs(x)).join(", ") })}</p>
        </Section>
      )}
    </div>
  );
}
