import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { loadAdminOverview } from "@/lib/admin/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("overviewTitle") };
}

export default async function AdminOverviewPage() {
  const counts = await loadAdminOverview();
  const t = await getTranslations("admin");
  const items = [
    { label: t("counts.patients"), value: counts.patients },
    { label: t("counts.practitioners"), value: counts.practitioners },
    { label: t("counts.sites"), value: counts.sites },
    { label: t("counts.upcoming"), value: counts.upcoming },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("overviewTitle")}</h1>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {items.map((item) => (
          <Card key={item.label} padding="compact">
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="text-2xl font-semibold">{item.value}</dd>
          </Card>
        ))}
      </dl>
    </div>
  );
}
