import { getLocale, getTranslations } from "next-intl/server";
import type { AppointmentListRow } from "@/lib/appointments/loaders";
import { localName, personName } from "./names";
import { AppointmentRows } from "./appointment-rows";
import { dateAndTime } from "./visit-details";

/** The page of one appointment. */
export function appointmentPath(id: string) {
  return `/appointments/${encodeURIComponent(id)}`;
}

/** The page of one appointment, for the profile that owns it when it is not the account's own. */
function appointmentHref(id: string, profile: { id: string; own: boolean }) {
  const path = appointmentPath(id);
  return profile.own ? path : `${path}?profile=${encodeURIComponent(profile.id)}`;
}

/**
 * A profile's appointments, one compact row each (when, who, where, status,
 * and whether it waits for the patient's confirmation), each row one link to
 * the appointment's page, where the details and the actions are.
 */
export async function AppointmentList({
  rows,
  profile,
  timeZone,
  empty,
}: {
  rows: AppointmentListRow[];
  profile: { id: string; own: boolean };
  timeZone: string;
  empty: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("appointments"), getLocale()]);
  if (rows.length === 0) return <p className="mt-2 text-muted">{empty}</p>;
  return (
    <AppointmentRows
      rows={rows.map((a) => ({
        href: `/${locale}${appointmentHref(a.id, profile)}`,
        iso: a.startsAt.toISOString(),
        when: t("dateTime", dateAndTime(a.startsAt, locale, timeZone)),
        practitioner: personName(a.practitioner),
        specialties: a.practitioner.specialties
          .map((s) => localName(s.specialty, locale))
          .join(", "),
        site: localName(a.site, locale),
        status: a.status,
        toConfirm: a.toConfirm,
      }))}
      labels={{
        status: {
          booked: t("status.booked"),
          confirmed: t("status.confirmed"),
          cancelled: t("status.cancelled"),
          completed: t("status.completed"),
          noShow: t("status.noShow"),
        },
        toConfirm: t("toConfirm"),
      }}
    />
  );
}
