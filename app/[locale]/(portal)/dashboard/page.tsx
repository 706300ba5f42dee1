import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { appointmentActionsMessages } from "@/components/appointments/messages";
import { RecentActivity } from "@/components/activity/recent-activity";
import { appointmentPath } from "@/components/appointments/appointment-list";
import { AppointmentCard } from "@/components/dashboard/appointment-card";
import { BillsPanel } from "@/components/dashboard/bills-panel";
import { ProfilesPanel } from "@/components/dashboard/profiles-panel";
import { UnreadPanel } from "@/components/dashboard/unread-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { Card } from "@/components/shell/card";
import { loadDashboard } from "@/lib/portal/loaders";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/** "What needs me?": visits to confirm, unread threads and bills due first; then what is coming. */
export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const [{ locale }, dash, t, ta] = await Promise.all([
    params,
    loadDashboard(),
    getTranslations("dashboard"),
    getTranslations("appointments"),
  ]);
  const { timeZone } = dash;
  const when = (d: Date) => formatInstant(d, locale, timeZone, "dateTime");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>

      {/* items-start: the Recent activity column is as tall as its lines, not the whole page. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="min-w-0 space-y-6">
          <Card padding="compact" heading={t("toConfirmTitle")} headingSize="lg">
            {dash.toConfirm.length === 0 ? (
              <p className="mt-2 text-muted">{t("toConfirmNone")}</p>
            ) : (
              <>
                <p className="mt-1">{t("toConfirmIntro")}</p>
                <ul className="mt-3 space-y-3">
                  {dash.toConfirm.map((a) => (
                    <AppointmentCard key={a.id} appointment={a} locale={locale} timeZone={timeZone}>
                      <ClientMessages namespaces={appointmentActionsMessages}>
                        <AppointmentActions
                          profileId={a.profileId}
                          appointmentId={a.id}
                          confirmed={false}
                          canConfirm
                          canCancel={false}
                          cancelQuestion={ta("cancelAsk", { date: when(a.startsAt) })}
                        />
                      </ClientMessages>
                    </AppointmentCard>
                  ))}
                </ul>
              </>
            )}
          </Card>

          <UnreadPanel unread={dash.unread} timeZone={timeZone} />
          <BillsPanel bills={dash.bills} />

          <Card padding="compact" heading={t("upcomingTitle")} headingSize="lg">
            {dash.upcoming.length === 0 ? (
              <p className="mt-2 text-muted">{t("upcomingNone")}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {dash.upcoming.map((a) => (
                  <AppointmentCard key={a.id} appointment={a} locale={locale} timeZone={timeZone}>
                    {a.canCancel && (
                      <SelectProfileLink
                        locale={locale}
                        profileId={a.profileId}
                        path={appointmentPath(a.id)}
                        className="mt-2 inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
                      >
                        {t("cancelLink")}
                        <span className="sr-only"> ({when(a.startsAt)})</span>
                      </SelectProfileLink>
                    )}
                  </AppointmentCard>
                ))}
              </ul>
            )}
            {dash.moreUpcoming > 0 && <p className="mt-3">{t("upcomingMore")}</p>}
            {dash.appointmentProfiles.length > 0 && (
              <nav aria-label={t("appointmentsLinks")} className="mt-3">
                <ul className="flex flex-wrap gap-x-4">
                  {dash.appointmentProfiles.map((p) => (
                    <li key={p.profileId}>
                      <SelectProfileLink
                        locale={locale}
                        profileId={p.profileId}
                        path="/appointments"
                        className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                      >
                        {t("openTab", { name: `${p.firstName} ${p.lastName}` })}
                      </SelectProfileLink>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </Card>

          <ProfilesPanel profiles={dash.profiles} selectedId={dash.selectedId} />
        </div>
        <RecentActivity />
      </div>
    </div>
  );
}
