import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentSummary } from "@/components/appointment-link/appointment-summary";
import {
  AppointmentLinkFlow,
  LinkCard,
  LinkProblemNotice,
  PortalLinks,
} from "@/components/appointment-link/link-form";
import { FormAlert } from "@/components/forms/form-alert";
import { AppShell } from "@/components/shell/app-shell";
import { loadAppointmentLinkPage } from "@/lib/appointment-link/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkFormMessages } from "@/components/appointment-link/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointmentLink");
  return {
    title: t("metaTitle"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/** An emailed Confirm or Cancel link: shows the appointment and one button; only its POST acts (AU-18). No login. */
export default async function AppointmentLinkPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const [{ clinic, settings, state, link }, t, locale] = await Promise.all([
    loadAppointmentLinkPage(token),
    getTranslations("appointmentLink"),
    getLocale(),
  ]);
  const when = (date: Date | undefined) =>
    date ? formatInstant(date, locale, settings.timeZone, "dateTime") : "";

  if (!link || state !== "valid") {
    return (
      <AppShell clinic={clinic} signedIn={false} homeHref="/login">
        <ClientMessages namespaces={linkFormMessages}>
          <LinkCard title={t("problemTitle")}>
            <ClientMessages namespaces={linkFormMessages}>
              <LinkProblemNotice state={state === "valid" ? "invalid" : state} />
            </ClientMessages>
          </LinkCard>
        </ClientMessages>
      </AppShell>
    );
  }

  const { action, appointment, decision } = link;
  const portalHref = `/appointments?profile=${encodeURIComponent(appointment.profileId)}`;
  const refusalValues = {
    opensAt: when("opensAt" in decision ? decision.opensAt : undefined),
    until: when("until" in decision ? decision.until : undefined),
    phone: settings.phone || "—",
  };
  const summary = <AppointmentSummary appointment={appointment} timeZone={settings.timeZone} />;
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      {decision.allowed ? (
        <ClientMessages namespaces={linkFormMessages}>
          <AppointmentLinkFlow
            token={token}
            action={action}
            portalHref={portalHref}
            refusalValues={refusalValues}
            summary={summary}
            summaryAfter={
              <AppointmentSummary
                appointment={{
                  ...appointment,
                  status: action === "confirm" ? "confirmed" : "cancelled",
                }}
                timeZone={settings.timeZone}
              />
            }
          />
        </ClientMessages>
      ) : (
        <ClientMessages namespaces={linkFormMessages}>
          <LinkCard title={t("metaTitle")}>
            {summary}
            <div className="space-y-3">
              <FormAlert tone="error">{t(`refused.${decision.reason}`, refusalValues)}</FormAlert>
              <ClientMessages namespaces={linkFormMessages}>
                <PortalLinks portalHref={portalHref} />
              </ClientMessages>
            </div>
          </LinkCard>
        </ClientMessages>
      )}
    </AppShell>
  );
}
