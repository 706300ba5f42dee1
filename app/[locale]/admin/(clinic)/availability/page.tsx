import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadAvailabilityIndex } from "@/lib/availability/loaders";
import { practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAvailability");
  return { title: t("title") };
}

export default async function AvailabilityIndexPage() {
  const practitioners = await loadAvailabilityIndex();
  const t = await getTranslations("adminAvailability");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <h2 className="text-lg font-semibold">{t("choose")}</h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {practitioners.map((p) => {
          const name = practitionerName(p);
          return (
            <li key={p.id}>
              <Link
                href={`/admin/availability/${p.id}`}
                aria-label={t("manage", { name })}
                className="flex min-h-11 items-center rounded-lg border border-gray-200 bg-white px-4 py-2 font-semibold text-brand-800 underline"
              >
                {name}
                {!p.active && (
                  <span className="ml-2 text-sm font-normal text-muted no-underline">
                    ({t("inactive")})
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
