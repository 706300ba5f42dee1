import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { Link } from "@/lib/i18n/navigation";
import { ClinicLogo } from "./clinic-logo";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { languageSwitchMessages, logoutButtonMessages } from "./messages";

export async function SiteHeader({
  clinic,
  signedIn,
  homeHref,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  // The switch leads to the other language only where the clinic serves patients in it.
  const other = locale === "en" ? "fr" : "en";
  const switchable = !clinic || clinic.languages.includes(other);
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <div className="min-w-0">
          <Link
            href={homeHref}
            className="inline-flex items-center gap-3 text-lg font-semibold text-ink hover:underline"
          >
            <ClinicLogo clinic={clinic} />
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
          {switchable && (
            <Suspense fallback={null}>
              <ClientMessages namespaces={languageSwitchMessages}>
                <LanguageSwitch />
              </ClientMessages>
            </Suspense>
          )}
          {signedIn && (
            <ClientMessages namespaces={logoutButtonMessages}>
              <LogoutButton />
            </ClientMessages>
          )}
        </nav>
      </div>
    </header>
  );
}
