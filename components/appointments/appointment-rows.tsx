"use client";

import type { AppointmentStatus } from "@/lib/db/enums";
import { StatusPill, statusAccent } from "./status-pill";

/** One row of the Appointments tab, its texts formatted on the server in the patient's language. */
export type AppointmentRowData = {
  href: string;
  /** The start, for <time dateTime>. */
  iso: string;
  /** "Monday, December 7, 2026 at 9:00 a.m." */
  when: string;
  practitioner: string;
  specialties: string;
  site: string;
  status: AppointmentStatus;
  toConfirm: boolean;
};

export type AppointmentRowLabels = {
  status: Record<AppointmentStatus, string>;
  toConfirm: string;
};

/**
 * The rows of a list of appointments, each one link to the appointment's page.
 * A client component so that the rows travel once in the RSC payload, as these
 * compact props, and not a second time as server markup (a page lists twenty).
 * Plain links, never prefetched: a proxy's look at an appointment is recorded.
 */
export function AppointmentRows({
  rows,
  labels,
}: {
  rows: AppointmentRowData[];
  labels: AppointmentRowLabels;
}) {
  return (
    <ul className="mt-2 space-y-2">
      {rows.map((a) => (
        <li key={a.href}>
          <a href={a.href} className={`appointment-row ${statusAccent[a.status]}`}>
            <span>
              <time dateTime={a.iso}>{a.when}</time>
              <StatusPill status={a.status} label={labels.status[a.status]} />
              {a.toConfirm && <span className="to-confirm pill">{labels.toConfirm}</span>}
            </span>
            <span>
              {a.practitioner}
              {a.specialties && <span className="text-muted">{` · ${a.specialties}`}</span>}
              {` · ${a.site}`}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
