import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { requireStaff } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireStaff();
  const [clinic, t] = await Promise.all([loadClinic(), getTranslations("admin")]);
  const sidebar = (
    <aside className="md:w-60 md:shrink-0">
      <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{t("area")}</p>
      <SidebarNav label={t("navigation")} items={[{ href: "/admin", label: t("nav.overview") }]} />
    </aside>
  );
  return (
    <AppShell clinic={clinic} signedIn homeHref="/admin" sidebar={sidebar}>
      {children}
    </AppShell>
  );
}
