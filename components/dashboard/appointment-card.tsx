import type { ReactNode } from "react";
import { appointmentPath } from "@/components/appointments/appointment-list";
import { localName, personName } from "@/components/appointments/names";
import { StatusBadge } from "@/components/appointments/status-badge";
import { statusAccent } from "@/components/appointments/status-pill";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import type { AppointmentStatus } from "@/lib/db/enums";
import { formatInstant } from "@/lib/time/format";

export type DashboardAppointment = {
  id: string;
  profileId: string;
  who: string;
  startsAt: Date;
  practitioner: Parameters<typeof personName>[0];
  site: { nameEn: string; nameFr: string };
  status: AppointmentStatus;
};

/**
 * One visit as a card: who, when, with whom and where, all one link that opens
 * its page; `children` are its actions, outside the link.
 */
export function AppointmentCard({
  appointment: a,
  locale,
  timeZone,
  children,
}: {
  appointment: DashboardAppointment;
  locale: string;
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <li className={`rounded-lg border border-l-4 border-gray-200 p-3 ${statusAccent[a.status]}`}>
      <SelectProfileLink
        locale={locale}
        profileId={a.profileId}
        path={appointmentPath(a.id)}
        className="block min-h-11 rounded-md hover:bg-gray-50"
      >
        <span className="block text-lg font-semibold text-brand-800 underline">
          {formatInstant(a.startsAt, locale, timeZone, "dateTime")}
        </span>
        <span className="block font-medium">{a.who}</span>
        <span className="block">
          {personName(a.practitioner)} · {localName(a.site, locale)}
        </span>
        <span className="mt-1 block">
          <StatusBadge status={a.status} />
        </span>
      </SelectProfileLink>
      {children}
    </li>
  );
}
