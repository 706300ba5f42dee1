import { useLocale, useTranslations } from "next-intl";
import { personName } from "@/components/appointments/names";
import { StatusBadge } from "@/components/appointments/status-badge";
import { DetailList } from "@/components/shell/detail-list";
import type { AppointmentView } from "@/lib/appointments/data";
import { formatInstant } from "@/lib/time/format";

/** Who, when (in the clinic's time zone), with whom, where, what. */
export function AppointmentSummary({
  appointment,
  timeZone,
}: {
  appointment: AppointmentView;
  timeZone: string;
}) {
  const t = useTranslations("appointmentLink");
  const locale = useLocale();
  const fr = locale === "fr";
  const { practitioner, site, type, profile } = appointment;
  const specialties = practitioner.specialties
    .map((s) => (fr ? s.specialty.nameFr : s.specialty.nameEn))
    .join(", ");
  const address = [site.addressLine, [site.city, site.postalCode].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <DetailList
      items={[
        {
          term: t("details.who"),
          detail: `${profile.firstName} ${profile.lastName}`,
        },
        {
          term: t("details.when"),
          detail: (
            <time dateTime={appointment.startsAt.toISOString()}>
              {formatInstant(appointment.startsAt, locale, timeZone, "dateTime")}
            </time>
          ),
        },
        {
          term: t("details.practitioner"),
          detail: (
            <>
              {personName(practitioner)}
              {specialties ? <span className="text-gray-700"> ({specialties})</span> : null}
            </>
          ),
        },
        {
          term: t("details.where"),
          detail: (
            <>
              {site.kind === "virtual" ? (
                t("details.virtual")
              ) : (
                <>
                  <span className="block">{fr ? site.nameFr : site.nameEn}</span>
                  {address ? <span className="block">{address}</span> : null}
                </>
              )}
              {site.phone ? <span className="block">{site.phone}</span> : null}
            </>
          ),
        },
        {
          term: t("details.type"),
          detail: t("details.typeAndDuration", {
            type: fr ? type.nameFr : type.nameEn,
            minutes: type.durationMinutes,
          }),
        },
        { term: t("details.status"), detail: <StatusBadge status={appointment.status} /> },
      ]}
    />
  );
}
