import type { ReactNode } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { AccountNav } from "./account-nav";
import { isSwitchable, SiteHeader } from "./site-header";
import { ShellMenu, ShellMenuPanel } from "./shell-menu";
import { SkipLink } from "./skip-link";

/**
 * Header, optional sidebar and main content. The sidebar is rendered once: beside the
 * content from `md` up, and on phones as the menu that `phoneMenu` (PhoneMenu, in the
 * header) discloses; without `phoneMenu` it stacks above the content.
 */
export async function AppShell({
  clinic,
  signedIn,
  homeHref,
  sidebar,
  phoneMenu,
  children,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
  sidebar?: ReactNode;
  phoneMenu?: ReactNode;
  children: ReactNode;
}) {
  const shell = (
    <>
      <SkipLink />
      <SiteHeader
        clinic={clinic}
        signedIn={signedIn}
        homeHref={homeHref}
        phoneMenu={sidebar && phoneMenu}
      />
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
        {sidebar && !phoneMenu && <div className="md:w-60 md:shrink-0">{sidebar}</div>}
        {sidebar && phoneMenu && (
          <ShellMenuPanel className="md:w-60 md:shrink-0">
            {sidebar}
            <AccountNav
              switchable={await isSwitchable(clinic)}
              signedIn={signedIn}
              className="mt-4 flex flex-wrap items-center gap-2 border-t border-gray-200 pt-4 md:hidden"
            />
          </ShellMenuPanel>
        )}
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
  // The error pages find the clinic's phone in the root layout's ClinicContactProvider.
  return sidebar && phoneMenu ? <ShellMenu>{shell}</ShellMenu> : shell;
}
