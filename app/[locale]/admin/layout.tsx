import BriefcaseMedicalIcon from "lucide-react/icons/briefcase-medical";
import CalendarClockIcon from "lucide-react/icons/calendar-clock";
import CalendarCogIcon from "lucide-react/icons/calendar-cog";
import CalendarDaysIcon from "lucide-react/icons/calendar-days";
import CircleUserIcon from "lucide-react/icons/circle-user";
import ClipboardListIcon from "lucide-react/icons/clipboard-list";
import InboxIcon from "lucide-react/icons/inbox";
import LayoutDashboardIcon from "lucide-react/icons/layout-dashboard";
import MapPinIcon from "lucide-react/icons/map-pin";
import ScrollTextIcon from "lucide-react/icons/scroll-text";
import SettingsIcon from "lucide-react/icons/settings";
import StethoscopeIcon from "lucide-react/icons/stethoscope";
import UserCogIcon from "lucide-react/icons/user-cog";
import UsersIcon from "lucide-react/icons/users";
import WrenchIcon from "lucide-react/icons/wrench";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { InboxShortcut } from "@/components/shell/inbox-shortcut";
import { navIcon } from "@/components/shell/nav-icon";
import { PhoneMenu } from "@/components/shell/phone-menu";
import { SidebarNav, type NavItem } from "@/components/shell/sidebar-nav";
import { requireStaff } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";
import { loadStaffUnreadCount } from "@/lib/communications/staff-loaders";

// The gate runs in metadata too: metadata resolves before anything streams, so a
// refused visitor gets a real 404 status, not a 200 with the not-found page.
export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return {};
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const account = await requireStaff();
  const [clinic, t] = await Promise.all([loadClinic(), getTranslations("admin")]);
  // Before first-run setup only the setup and the admin's own account are there.
  const items: NavItem[] = clinic
    ? clinicItems(t, account.role, await loadStaffUnreadCount())
    : [
        { href: "/admin/setup", label: t("nav.setup"), icon: navIcon(WrenchIcon) },
        { href: "/admin/account", label: t("nav.account"), icon: navIcon(CircleUserIcon) },
      ];
  const inbox = items.find((i) => i.href === "/admin/inbox");
  const sidebar = (
    <aside className="md:w-60 md:shrink-0">
      <p className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">{t("area")}</p>
      <SidebarNav label={t("navigation")} items={items} />
    </aside>
  );
  return (
    <AppShell
      clinic={clinic}
      signedIn
      homeHref="/admin"
      sidebar={sidebar}
      phoneMenu={
        <PhoneMenu
          shortcut={
            inbox && (
              <InboxShortcut
                href={inbox.href}
                label={inbox.label}
                count={inbox.count ?? 0}
                countLabel={inbox.countLabel ?? ""}
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

type Translate = Awaited<ReturnType<typeof getTranslations<"admin">>>;

function clinicItems(t: Translate, role: string, unread: number): NavItem[] {
  return [
    { href: "/admin", label: t("nav.overview"), exact: true, icon: navIcon(LayoutDashboardIcon) },
    // Threads a patient wrote in; the count is of those no staff member opened since.
    {
      href: "/admin/inbox",
      label: t("nav.inbox"),
      count: unread,
      countLabel: t("nav.unread", { count: unread }),
      icon: navIcon(InboxIcon),
    },
    { href: "/admin/patients", label: t("nav.patients"), icon: navIcon(UsersIcon) },
    // The appointment book and availability: any staff role.
    {
      href: "/admin/appointments",
      label: t("nav.appointmentBook"),
      icon: navIcon(CalendarDaysIcon),
    },
    { href: "/admin/availability", label: t("nav.availability"), icon: navIcon(CalendarClockIcon) },
    // The scheduling catalog: any staff role manages it.
    { href: "/admin/sites", label: t("nav.sites"), icon: navIcon(MapPinIcon) },
    { href: "/admin/specialties", label: t("nav.specialties"), icon: navIcon(StethoscopeIcon) },
    {
      href: "/admin/practitioners",
      label: t("nav.practitioners"),
      icon: navIcon(BriefcaseMedicalIcon),
    },
    {
      href: "/admin/appointment-types",
      label: t("nav.appointmentTypes"),
      icon: navIcon(ClipboardListIcon),
    },
    // Staff accounts, portal settings and the audit log are for admins only (their pages refuse others too).
    ...(role === "admin"
      ? [
          { href: "/admin/staff", label: t("nav.staff"), icon: navIcon(UserCogIcon) },
          { href: "/admin/settings", label: t("nav.settings"), icon: navIcon(SettingsIcon) },
          {
            href: "/admin/scheduling",
            label: t("nav.schedulingSettings"),
            icon: navIcon(CalendarCogIcon),
          },
          {
            href: "/admin/audit",
            label: t("nav.audit"),
            prefetch: false,
            icon: navIcon(ScrollTextIcon),
          },
        ]
      : []),
    { href: "/admin/account", label: t("nav.account"), icon: navIcon(CircleUserIcon) },
  ];
}
