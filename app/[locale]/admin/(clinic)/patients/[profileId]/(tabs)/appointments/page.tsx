import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/appointments/status-badge";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadPatientView } from "@/lib/admin/loaders";
import { loadPatientAppointments } from "@/lib/appointment-book/loaders";
import type { AppointmentRow } from "@/lib/appointments/data";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";
import { patientTabTitle } from "../tab-title";

type Props = { params: Promise<{ profileId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patientTabTitle((await params).profileId, "appointments");
}

export default async function PatientAppointmentsPage({ params }: Props) {
  const id = await loadPatientView((await params).profileId);
  const [list, t] = await Promise.all([
    loadPatientAppointments(id),
    getTranslations("adminPatientTabs.appointments"),
  ]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-muted">{t("timeZoneNote", { timeZone: list.timeZone })}</p>
        <Link
          href={`/admin/appointments/new?profileId=${encodeURIComponent(id)}`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("book")}
        </Link>
      </div>
      <Section heading={t("upcoming")} className="space-y-3">
        {list.upcoming.total > list.upcoming.rows.length && (
          <p className="text-muted">
            {t("upcomingCapped", {
              shown: list.upcoming.rows.length,
              total: list.upcoming.total,
            })}
          </p>
        )}
        <AppointmentRows
          rows={list.upcoming.rows}
          timeZone={list.timeZone}
          empty={t("noUpcoming")}
        />
      </Section>
      <Section heading={t("past")} className="space-y-3">
        {list.past.total > list.past.rows.length && (
          <p className="text-muted">
            {t("pastCapped", { shown: list.past.rows.length, total: list.past.total })}
          </p>
        )}
        <AppointmentRows rows={list.past.rows} timeZone={list.timeZone} empty={t("noPast")} />
      </Section>
    </div>
  );
}

/** One line per visit, as in the appointment book: when (the link to it), what, who, where, its status. */
async function AppointmentRows({
  rows,
  timeZone,
  empty,
}: {
  rows: AppointmentRow[];
  timeZone: string;
  empty: string;
}) {
  const [t, locale] = await Promise.all([
    getTranslations("adminPatientTabs.appointments"),
    getLocale(),
  ]);
  if (rows.length === 0)
    return (
      <Card as="p" padding="tight" className="text-muted">
        {empty}
      </Card>
    );
  return (
    <ul className="space-y-2">
      {rows.map((a) => (
        <Card
          as="li"
          key={a.id}
          padding="tight"
          className="flex flex-wrap items-start justify-between gap-2"
        >
          <div className="space-y-1">
            <p className="font-semibold">
              <Link
                href={`/admin/appointments/${a.id}`}
                prefetch={false}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {t("when", {
                  date: formatInstant(a.startsAt, locale, timeZone, "weekdayDate"),
                  time: formatInstant(a.startsAt, locale, timeZone, "time"),
                })}
              </Link>
            </p>
            <p>
              {localName(a.type, locale)} · {practitionerName(a.practitioner)} ·{" "}
              {localName(a.site, locale)}
            </p>
          </div>
          <StatusBadge status={a.status} audience="staff" />
        </Card>
      ))}
    </ul>
  );
}
