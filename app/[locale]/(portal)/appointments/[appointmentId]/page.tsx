import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentDetails } from "@/components/appointments/appointment-details";
import { tabHref } from "@/components/appointments/booking-links";
import { StatusBadge } from "@/components/appointments/status-badge";
import { statusAccent } from "@/components/appointments/status-pill";
import { dateAndTime } from "@/components/appointments/visit-details";
import { BackLink } from "@/components/shell/back-link";
import { loadProfileAppointment } from "@/lib/appointments/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments");
  return { title: t("pageTitle") };
}

type Param = string | string[] | undefined;

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ profile?: Param }>;
}) {
  const [{ appointmentId }, { profile: requested }] = await Promise.all([params, searchParams]);
  const { profile, appointment, clinic } = await loadProfileAppointment(
    typeof requested === "string" ? requested : undefined,
    appointmentId,
  );
  const [t, locale] = await Promise.all([getTranslations("appointments"), getLocale()]);
  const when = t("dateTime", dateAndTime(appointment.startsAt, locale, clinic.timeZone));
  return (
    <div className="space-y-4">
      <BackLink href={tabHref(profile)} prefetch={profile.own ? undefined : false}>
        {t("backToList")}
      </BackLink>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">
          <time dateTime={appointment.startsAt.toISOString()}>{when}</time>
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <StatusBadge status={appointment.status} />
          {!profile.own && <span>{`${profile.firstName} ${profile.lastName}`}</span>}
        </p>
      </div>
      <div
        className={`rounded-lg border border-l-4 border-gray-200 p-4 sm:p-6 ${statusAccent[appointment.status]}`}
      >
        <AppointmentDetails
          appointment={appointment}
          profileId={profile.id}
          timeZone={clinic.timeZone}
          clinicPhone={clinic.phone}
        />
      </div>
    </div>
  );
}
