import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ProfileCard } from "@/components/portal/profile-card";
import { AppShell } from "@/components/shell/app-shell";
import { SidebarNav, type NavItem } from "@/components/shell/sidebar-nav";
import { communicationNavFor } from "@/lib/communications/loaders";
import { Link } from "@/lib/i18n/navigation";
import { loadPortalShell } from "@/lib/portal/loaders";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { account, clinic, current, profiles } = await loadPortalShell();
  const [t, locale, nav] = await Promise.all([
    getTranslations("portal"),
    getLocale(),
    current ? communicationNavFor(account, clinic, current) : null,
  ]);
  // The tabs of the selected profile only: those this account may not use for it are not shown.
  const items: NavItem[] = [{ href: "/dashboard", label: t("nav.dashboard") }];
  if (current?.tabs.includes("appointments"))
    items.push({ href: "/appointments", label: t("nav.appointments") });
  for (const box of nav?.boxes ?? []) {
    const count = nav!.unread[box];
    items.push({
      href: `/${box}`,
      label: t(`nav.${box}`),
      count,
      countLabel: t("nav.unread", { count }),
      countStyle: box === "inbox" ? "badge" : "inline",
    });
  }
  if (current) items.push({ href: "/profile", label: t("nav.profile") });
  const sidebar = (
    <aside className="md:w-60 md:shrink-0" aria-labelledby="current-profile">
      <ProfileCard
        locale={locale}
        current={current}
        others={profiles.filter(
          (p) => p.profileId !== current?.profileId && (p.state === "own" || p.state === "granted"),
        )}
      />
      <SidebarNav
        label={t("navigation")}
        // A proxy's visit to a tab is recorded for the patient: a prefetch is not one.
        items={current?.state === "own" ? items : items.map((i) => ({ ...i, prefetch: false }))}
      />
      <p className="mt-4 border-t border-gray-200 pt-4">
        <Link
          href="/help"
          className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
        >
          {t("nav.userGuide")}
        </Link>
      </p>
    </aside>
  );
  return (
    <AppShell clinic={clinic} signedIn homeHref="/dashboard" sidebar={sidebar}>
      {children}
    </AppShell>
  );
}
