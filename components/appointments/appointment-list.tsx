import { getLocale, getTranslations } from "next-intl/server";
import type { AppointmentListRow } from "@/lib/appointments/loaders";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";
import { localName, personName } from "./names";
import { StatusBadge, statusAccent } from "./status-badge";

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
 * the appointment's page, where the details and the actions are. Never
 * prefetched: a proxy's look at an appointment is recorded for the patient.
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
    <ul className="mt-2 space-y-2">
      {rows.map((a) => {
        const specialties = a.practitioner.specialties
          .map((s) => localName(s.specialty, locale))
          .join(", ");
        return (
          <li key={a.id}>
            <Link
              href={appointmentHref(a.id, profile)}
              prefetch={false}
              className={`flex min-h-11 flex-wrap items-center gap-x-4 gap-y-1 rounded-md border border-l-4 border-gray-200 p-3 hover:bg-gray-50 ${statusAccent[a.status]}`}
            >
              <time
                dateTime={a.startsAt.toISOString()}
                className="font-semibold text-brand-800 underline"
              >
                {t("dateTime", {
                  date: formatInstant(a.startsAt, locale, timeZone, "weekdayDate"),
                  time: formatInstant(a.startsAt, locale, timeZone, "time"),
                })}
              </time>
              <span>
                {personName(a.practitioner)}
                {specialties && <span className="text-muted"> · {specialties}</span>}
              </span>
              <span>{localName(a.site, locale)}</span>
              <StatusBadge status={a.status} />
              {a.toConfirm && (
                <span className="font-semibold text-amber-900">{t("toConfirm")}</span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
