import type { ReactNode } from "react";
import type { ClinicSummary } from "@/lib/clinic/loaders";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/** Header, optional sidebar and main content; the sidebar stacks above the content on phones. */
export function AppShell({
  clinic,
  signedIn,
  homeHref,
  sidebar,
  children,
}: {
  clinic: ClinicSummary | null;
  signedIn: boolean;
  homeHref: string;
  sidebar?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader clinic={clinic} signedIn={signedIn} homeHref={homeHref} />
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
        {sidebar}
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
