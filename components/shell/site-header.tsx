import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { telHref } from "@/lib/clinic/tel-href";
import { Link } from "@/lib/i18n/navigation";
import { AccountNav } from "./account-nav";
import { ShellMenuButton } from "./shell-menu";

/** Whether the language switch is offered: only where the clinic serves patients in the other language. */
export async function isSwitchable(clinic: ClinicSummary | null): Promise<boolean> {
  const other = (await getLocale()) === "en" ? "fr" : "en";
  return !clinic || clinic.languages.includes(other);
}

/**
 * `menu`: the page has a sidebar, which phones open from a menu button here;
 * its `caption` (the selected profile) and `shortcut` (the inbox) stay in sight beside it,
 * and the language switch and logout move into the menu.
 */
export async function SiteHeader({
  clinic,
  signedIn,
  homeHref,
  menu,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
  menu?: { caption?: string; shortcut?: ReactNode };
}) {
  const [t, switchable] = await Promise.all([getTranslations("common"), isSwitchable(clinic)]);
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
              <a className="underline" href={telHref(clinic.phone)}>
                {clinic.phone}
              </a>
            </p>
          )}
        </div>
        <AccountNav
          switchable={switchable}
          signedIn={signedIn}
          className={`${menu ? "hidden md:flex" : "flex"} items-center gap-2`}
        />
        {menu && (
          <div className="ml-auto flex max-w-full min-w-0 items-center gap-2 md:hidden">
            {menu.shortcut}
            <ShellMenuButton>
              <span>{t("menu")}</span>
              {menu.caption && (
                <span className="truncate border-l border-gray-300 pl-2 text-sm font-normal">
                  {menu.caption}
                </span>
              )}
            </ShellMenuButton>
          </div>
        )}
      </div>
    </header>
  );
}
