import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { telHref } from "@/lib/clinic/tel-href";
import { Link } from "@/lib/i18n/navigation";
import { AccountNav } from "./account-nav";
import { ClinicLogo } from "./clinic-logo";

/** Whether the language switch is offered: only where the clinic serves patients in the other language. */
export async function isSwitchable(clinic: ClinicSummary | null): Promise<boolean> {
  const other = (await getLocale()) === "en" ? "fr" : "en";
  return !clinic || clinic.languages.includes(other);
}

/**
 * `phoneMenu`: on phones, the controls of the menu that holds the page's sidebar
 * (PhoneMenu); the language switch and logout then move into that menu.
 */
export async function SiteHeader({
  clinic,
  signedIn,
  homeHref,
  phoneMenu,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
  phoneMenu?: ReactNode;
}) {
  const [t, switchable] = await Promise.all([getTranslations("common"), isSwitchable(clinic)]);
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
              <a className="underline" href={telHref(clinic.phone)}>
                {clinic.phone}
              </a>
            </p>
          )}
        </div>
        <AccountNav
          switchable={switchable}
          signedIn={signedIn}
          className={`${phoneMenu ? "hidden md:flex" : "flex"} items-center gap-2`}
        />
        {phoneMenu}
      </div>
    </header>
  );
}
