import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/appointments/status-badge";
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
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-gray-700">{t("details.who")}</dt>
      <dd>
        {profile.firstName} {profile.lastName}
      </dd>
      <dt className="font-medium text-gray-700">{t("details.when")}</dt>
      <dd>
        <time dateTime={appointment.startsAt.toISOString()}>
          {formatInstant(appointment.startsAt, locale, timeZone, "dateTime")}
        </time>
      </dd>
      <dt className="font-medium text-gray-700">{t("details.practitioner")}</dt>
      <dd>
        {[practitioner.title, practitioner.firstName, practitioner.lastName]
          .filter(Boolean)
          .join(" ")}
        {specialties ? <span className="text-gray-700"> ({specialties})</span> : null}
      </dd>
      <dt className="font-medium text-gray-700">{t("details.where")}</dt>
      <dd>
        {site.kind === "virtual" ? (
          t("details.virtual")
        ) : (
          <>
            <span className="block">{fr ? site.nameFr : site.nameEn}</span>
            {address ? <span className="block">{address}</span> : null}
          </>
        )}
        {site.phone ? <span className="block">{site.phone}</span> : null}
      </dd>
      <dt className="font-medium text-gray-700">{t("details.type")}</dt>
      <dd>
        {t("details.typeAndDuration", {
          type: fr ? type.nameFr : type.nameEn,
          minutes: type.durationMinutes,
        })}
      </dd>
      <dt className="font-medium text-gray-700">{t("details.status")}</dt>
      <dd>
        <StatusBadge status={appointment.status} />
      </dd>
    </dl>
  );
}
