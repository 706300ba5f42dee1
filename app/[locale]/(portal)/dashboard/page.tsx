import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localName, personName } from "@/components/appointments/names";
import { StatusBadge } from "@/components/appointments/status-badge";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { SignInDetails } from "@/components/credentials/sign-in-details";
import { FormAlert } from "@/components/forms/form-alert";
import { Card } from "@/components/shell/card";
import { RecentActivity } from "@/components/activity/recent-activity";
import { loadDashboard } from "@/lib/portal/loaders";
import { formatInstant, formatLocalDate } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ emailChanged?: string }>;
}) {
  const [
    { locale },
    { emailChanged },
    { signIn, profiles, selectedId, upcoming, appointmentProfiles, timeZone },
  ] = await Promise.all([params, searchParams, loadDashboard()]);
  const t = await getTranslations("dashboard");
  const day = (iso: string) => formatLocalDate(iso, locale, "date");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {emailChanged === "1" && (
        <FormAlert tone="success">{t("emailChanged", { email: signIn.email })}</FormAlert>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="min-w-0 space-y-6">
          <Card padding="compact" heading={t("upcomingTitle")} headingSize="lg">
            {upcoming.length === 0 ? (
              <p className="mt-2 text-muted">{t("upcomingNone")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-gray-200">
                {upcoming.map((a) => (
                  <li key={a.id} className="py-2">
                    <SelectProfileLink
                      locale={locale}
                      profileId={a.profileId}
                      path={`/appointments?open=${encodeURIComponent(a.id)}#appointment-${encodeURIComponent(a.id)}`}
                      className="flex min-h-11 flex-wrap items-center gap-x-4 gap-y-1 rounded-md px-1 hover:bg-gray-50"
                    >
                      <span className="font-semibold">{a.who}</span>
                      <span>{formatInstant(a.startsAt, locale, timeZone, "dateTime")}</span>
                      <span>{personName(a.practitioner)}</span>
                      <span>{localName(a.site, locale)}</span>
                      <StatusBadge status={a.status} />
                    </SelectProfileLink>
                  </li>
                ))}
              </ul>
            )}
            {appointmentProfiles.length > 0 && (
              <nav aria-label={t("appointmentsLinks")} className="mt-3">
                <ul className="flex flex-wrap gap-x-4">
                  {appointmentProfiles.map((p) => (
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

          <Card padding="compact" heading={t("signInDetails")} headingSize="lg">
            <SignInDetails
              className="mt-2"
              labels={{ email: t("email"), password: t("password") }}
              email={signIn.email}
              password={
                signIn.passwordChangedAt
                  ? t("passwordChangedOn", {
                      date: formatInstant(signIn.passwordChangedAt, locale, timeZone, "date"),
                    })
                  : t("passwordNeverChanged")
              }
              emailEdit={{
                href: `/${locale}/account/email`,
                label: t("edit"),
                what: t("editEmail"),
              }}
              passwordEdit={{
                href: `/${locale}/account/password`,
                label: t("edit"),
                what: t("editPassword"),
              }}
            />
          </Card>

          <Card padding="compact" heading={t("attachedProfiles")} headingSize="lg">
            <ul className="mt-2 divide-y divide-gray-200">
              {profiles.map((p) => (
                <li key={p.profileId} className="py-2">
                  <p className="font-medium">
                    {p.state === "lapsed" ? (
                      `${p.firstName} ${p.lastName}`
                    ) : (
                      <SelectProfileLink
                        locale={locale}
                        profileId={p.profileId}
                        className="inline-flex min-h-11 items-center text-brand-800 underline"
                      >
                        {p.firstName} {p.lastName}
                      </SelectProfileLink>
                    )}{" "}
                    <span className="font-normal text-muted">({day(p.dateOfBirth)})</span>
                    {p.profileId === selectedId && (
                      <span className="ms-2 rounded-md bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
                        {t("selected")}
                      </span>
                    )}
                  </p>
                  {p.state === "lapsed" ? (
                    <p
                      role="note"
                      className="mt-1 rounded-md border border-red-300 bg-red-50 p-2 text-danger"
                    >
                      {t("accessLapsed")}
                    </p>
                  ) : (
                    <p className="text-sm text-muted">
                      {p.state === "own"
                        ? t("ownProfile")
                        : t("sharedTabs", {
                            tabs: p.tabs.map((tab) => t(`tabs.${tab}`)).join(", "),
                          })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <RecentActivity />
      </div>
    </div>
  );
}
