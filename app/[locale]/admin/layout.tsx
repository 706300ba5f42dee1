import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNavIcon } from "@/components/admin/admin-nav-icon";
import { AppShell } from "@/components/shell/app-shell";
import { InboxShortcut } from "@/components/shell/inbox-shortcut";
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
        { href: "/admin/setup", label: t("nav.setup"), icon: <AdminNavIcon name="wrench" /> },
        {
          href: "/admin/account",
          label: t("nav.account"),
          icon: <AdminNavIcon name="circle-user" />,
        },
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
    {
      href: "/admin",
      label: t("nav.overview"),
      exact: true,
      icon: <AdminNavIcon name="layout-dashboard" />,
    },
    // Threads a patient wrote in; the count is of those no staff member opened since.
    {
      href: "/admin/inbox",
      label: t("nav.inbox"),
      count: unread,
      countLabel: t("nav.unread", { count: unread }),
      icon: <AdminNavIcon name="inbox" />,
    },
    { href: "/admin/patients", label: t("nav.patients"), icon: <AdminNavIcon name="users" /> },
    // The appointment book and availability: any staff role.
    {
      href: "/admin/appointments",
      label: t("nav.appointmentBook"),
      icon: <AdminNavIcon name="calendar-days" />,
    },
    {
      href: "/admin/availability",
      label: t("nav.availability"),
      icon: <AdminNavIcon name="calendar-clock" />,
    },
    // The scheduling catalog: any staff role manages it.
    { href: "/admin/sites", label: t("nav.sites"), icon: <AdminNavIcon name="map-pin" /> },
    {
      href: "/admin/specialties",
      label: t("nav.specialties"),
      icon: <AdminNavIcon name="stethoscope" />,
    },
    {
      href: "/admin/practitioners",
      label: t("nav.practitioners"),
      icon: <AdminNavIcon name="briefcase-medical" />,
    },
    {
      href: "/admin/appointment-types",
      label: t("nav.appointmentTypes"),
      icon: <AdminNavIcon name="clipboard-list" />,
    },
    // Staff accounts, portal settings and the audit log are for admins only (their pages refuse others too).
    ...(role === "admin"
      ? [
          { href: "/admin/staff", label: t("nav.staff"), icon: <AdminNavIcon name="user-cog" /> },
          {
            href: "/admin/settings",
            label: t("nav.settings"),
            icon: <AdminNavIcon name="settings" />,
          },
          {
            href: "/admin/scheduling",
            label: t("nav.schedulingSettings"),
            icon: <AdminNavIcon name="calendar-cog" />,
          },
          {
            href: "/admin/audit",
            label: t("nav.audit"),
            prefetch: false,
            icon: <AdminNavIcon name="scroll-text" />,
          },
        ]
      : []),
    { href: "/admin/account", label: t("nav.account"), icon: <AdminNavIcon name="circle-user" /> },
  ];
}
