import type { ReactNode } from "react";
import { ClinicContactProvider } from "@/components/errors/clinic-contact";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { AccountNav } from "./account-nav";
import { isSwitchable, SiteHeader } from "./site-header";
import { ShellMenu, ShellMenuPanel } from "./shell-menu";
import { SkipLink } from "./skip-link";

/**
 * Header, optional sidebar and main content. The sidebar is rendered once: beside the
 * content from `md` up, and on phones as the menu that the header's button discloses
 * (`menu` names what stays in the phone header beside that button).
 */
export async function AppShell({
  clinic,
  signedIn,
  homeHref,
  sidebar,
  menu,
  children,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
  sidebar?: ReactNode;
  menu?: { caption?: string; shortcut?: ReactNode };
  children: ReactNode;
}) {
  const shell = (
    <>
      <SkipLink />
      <SiteHeader
        clinic={clinic}
        signedIn={signedIn}
        homeHref={homeHref}
        menu={sidebar ? (menu ?? {}) : undefined}
      />
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
        {sidebar && (
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
  const contact = clinic && { name: clinic.name, phone: clinic.phone };
  return (
    <ClinicContactProvider contact={contact}>
      {sidebar ? <ShellMenu>{shell}</ShellMenu> : shell}
    </ClinicContactProvider>
  );
}
