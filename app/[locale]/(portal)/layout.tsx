import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ProfileCard } from "@/components/portal/profile-card";
import { AppShell } from "@/components/shell/app-shell";
import { InboxShortcut } from "@/components/shell/inbox-shortcut";
import { NavIcon, type NavIconName } from "@/components/shell/nav-icon";
import { PhoneMenu } from "@/components/shell/phone-menu";
import { SidebarNav, type NavItem } from "@/components/shell/sidebar-nav";
import { communicationNavFor } from "@/lib/communications/loaders";
import { Link } from "@/lib/i18n/navigation";
import { loadPortalShell } from "@/lib/portal/loaders";

const BOX_ICONS = {
  inbox: "inbox",
  documents: "file-text",
  bills: "receipt",
  sent: "send",
} satisfies Record<string, NavIconName>;

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { account, clinic, current, profiles } = await loadPortalShell();
  const [t, locale, nav] = await Promise.all([
    getTranslations("portal"),
    getLocale(),
    current ? communicationNavFor(account, clinic, current) : null,
  ]);
  // The tabs of the selected profile only: those this account may not use for it are not shown.
  const items: NavItem[] = [
    { href: "/dashboard", label: t("nav.dashboard"), icon: <NavIcon name="layout-dashboard" /> },
  ];
  if (current?.tabs.includes("appointments"))
    items.push({
      href: "/appointments",
      label: t("nav.appointments"),
      icon: <NavIcon name="calendar-days" />,
    });
  for (const box of nav?.boxes ?? []) {
    const count = nav!.unread[box];
    items.push({
      href: `/${box}`,
      label: t(`nav.${box}`),
      count,
      countLabel: t("nav.unread", { count }),
      countStyle: box === "inbox" ? "badge" : "inline",
      icon: <NavIcon name={BOX_ICONS[box]} />,
    });
  }
  if (current)
    items.push({ href: "/profile", label: t("nav.profile"), icon: <NavIcon name="circle-user" /> });
  // A proxy's visit to a tab is recorded for the patient: a prefetch is not one.
  const prefetch = current?.state === "own" ? undefined : false;
  const inbox = items.find((i) => i.href === "/inbox");
  const sidebar = (
    <aside aria-labelledby="current-profile">
      <ProfileCard
        locale={locale}
        current={current}
        others={profiles.filter(
          (p) => p.profileId !== current?.profileId && (p.state === "own" || p.state === "granted"),
        )}
      />
      <SidebarNav label={t("navigation")} items={items.map((i) => ({ ...i, prefetch }))} />
      <p className="mt-4 border-t border-gray-200 pt-4">
        <Link
          href="/help"
          className="inline-flex min-h-11 items-center gap-3 px-3 font-medium text-brand-800 underline"
        >
          <NavIcon name="book-open" />
          {t("nav.userGuide")}
        </Link>
      </p>
    </aside>
  );
  return (
    <AppShell
      clinic={clinic}
      signedIn
      homeHref="/dashboard"
      sidebar={sidebar}
      phoneMenu={
        <PhoneMenu
          caption={current ? `${current.firstName} ${current.lastName}` : undefined}
          shortcut={
            inbox && (
              <InboxShortcut
                href={inbox.href}
                label={inbox.label}
                count={inbox.count ?? 0}
                countLabel={inbox.countLabel ?? ""}
                prefetch={prefetch}
              />
            )
          }
        />
      }
    >
      {children}
    </AppShell>
  );
}
