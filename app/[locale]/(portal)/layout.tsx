import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/shell/card";
import { AppShell } from "@/components/shell/app-shell";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { loadPortalShell } from "@/lib/portal/loaders";
import { formatLocalDate } from "@/lib/time/format";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { clinic, current, profiles } = await loadPortalShell();
  const [t, locale] = await Promise.all([getTranslations("portal"), getLocale()]);
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
      <SidebarNav
        label={t("navigation")}
        items={[
          { href: "/dashboard", label: t("nav.dashboard") },
          // One Appointments link per profile whose tab this account may open (own first).
          ...profiles
            .filter((p) => p.tabs.includes("appointments"))
            .map((p) =>
              p.state === "own"
                ? { href: "/appointments", label: t("nav.appointments") }
                : {
                    href: `/appointments?profile=${encodeURIComponent(p.profileId)}`,
                    label: t("nav.appointmentsOf", { name: `${p.firstName} ${p.lastName}` }),
                  },
            ),
        ]}
      />
    </aside>
  );
  return (
    <AppShell clinic={clinic} signedIn homeHref="/dashboard" sidebar={sidebar}>
      {children}
    </AppShell>
  );
}
