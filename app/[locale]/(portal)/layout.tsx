import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/shell/card";
import { AppShell } from "@/components/shell/app-shell";
import { SidebarNav, type NavItem } from "@/components/shell/sidebar-nav";
import { loadCommunicationNav } from "@/lib/communications/loaders";
import { Link } from "@/lib/i18n/navigation";
import { loadPortalShell } from "@/lib/portal/loaders";
import { formatLocalDate } from "@/lib/time/format";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { clinic, current, profiles } = await loadPortalShell();
  const [t, locale, boxes] = await Promise.all([
    getTranslations("portal"),
    getLocale(),
    loadCommunicationNav(),
  ]);
  // Per profile (own first): its Appointments tab, then its boxes with their unread counts.
  const items: NavItem[] = [{ href: "/dashboard", label: t("nav.dashboard") }];
  for (const p of profiles) {
    const own = p.state === "own";
    const name = `${p.firstName} ${p.lastName}`;
    const query = own ? "" : `?profile=${encodeURIComponent(p.profileId)}`;
    if (p.tabs.includes("appointments"))
      items.push({
        href: `/appointments${query}`,
        label: own ? t("nav.appointments") : t("nav.appointmentsOf", { name }),
      });
    const nav = boxes.find((b) => b.profile.profileId === p.profileId);
    for (const box of nav?.boxes ?? []) {
      const count = nav!.unread[box];
      items.push({
        href: `/${box}${query}`,
        label: own ? t(`nav.${box}`) : t("nav.boxOf", { box: t(`nav.${box}`), name }),
        count,
        countLabel: t("nav.unread", { count }),
        countStyle: box === "inbox" ? "badge" : "inline",
      });
    }
  }
  const sidebar = (
    <aside className="md:w-60 md:shrink-0" aria-labelledby="current-profile">
      <Card padding="compact" className="mb-4">
        <h2 id="current-profile" className="font-semibold">
          {current ? `${current.firstName} ${current.lastName}` : t("noProfile")}
        </h2>
        {current && (
          <p className="text-sm text-muted">
            {t("bornOn", {
              sex: current.sex ?? "unknown",
              date: formatLocalDate(current.dateOfBirth, locale, "date"),
            })}
          </p>
        )}
      </Card>
      <SidebarNav label={t("navigation")} items={items} />
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
