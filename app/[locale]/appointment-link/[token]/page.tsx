import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentSummary } from "@/components/appointment-link/appointment-summary";
import {
  AppointmentLinkForm,
  LinkProblemNotice,
  PortalLinks,
} from "@/components/appointment-link/link-form";
import { FormAlert } from "@/components/forms/form-alert";
import { AppShell } from "@/components/shell/app-shell";
import { loadAppointmentLinkPage } from "@/lib/appointment-link/loaders";
import { formatInstant } from "@/lib/time/format";

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
        <div className="mx-auto max-w-xl space-y-6">
          <h1 className="text-2xl font-semibold">{t("problemTitle")}</h1>
          <div className="rounded-lg border border-gray-200 bg-white p-6">
            <LinkProblemNotice state={state === "valid" ? "invalid" : state} />
          </div>
        </div>
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
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold">
          {decision.allowed
            ? t(action === "confirm" ? "confirmTitle" : "cancelTitle")
            : t("metaTitle")}
        </h1>
        <div className="space-y-6 rounded-lg border border-gray-200 bg-white p-6">
          <AppointmentSummary appointment={appointment} timeZone={settings.timeZone} />
          {decision.allowed ? (
            <>
              <p>
                {t(action === "confirm" ? "confirmIntro" : "cancelIntro", {
                  until: refusalValues.until,
                })}
              </p>
              <AppointmentLinkForm
                token={token}
                action={action}
                portalHref={portalHref}
                refusalValues={refusalValues}
              />
            </>
          ) : (
            <div className="space-y-3">
              <FormAlert tone="error">{t(`refused.${decision.reason}`, refusalValues)}</FormAlert>
              <PortalLinks portalHref={portalHref} />
            </div>
          )}
        </div>
      </div>
    </AppShell>
  );
}
