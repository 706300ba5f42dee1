import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";

export async function SiteHeader({
  clinic,
  signedIn,
  homeHref,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
}) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <div className="min-w-0">
          <Link href={homeHref} className="text-lg font-semibold text-ink hover:underline">
            {clinic?.name ?? t("portalName")}
          </Link>
          {clinic && (
            <p className="text-sm text-muted">
              {t("clinicContact")}{" "}
              <a className="underline" href={`tel:${clinic.phone.replace(/[^+\d]/g, "")}`}>
                {clinic.phone}
              </a>
            </p>
          )}
        </div>
        <nav aria-label={t("accountMenu")} className="flex items-center gap-2">
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
          {signedIn && <LogoutButton />}
        </nav>
      </div>
    </header>
  );
}
