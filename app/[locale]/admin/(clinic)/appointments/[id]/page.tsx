import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackLink } from "@/components/shell/back-link";
import {
  AttendanceForm,
  CancelAppointmentForm,
  ClinicNoteForm,
} from "@/components/schedule/appointment-actions";
import { StatusBadge } from "@/components/appointments/status-badge";
import { loadBookAppointment } from "@/lib/appointment-book/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { localDateOf } from "@/lib/time/zoned";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appointmentActionsMessages } from "@/components/schedule/messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { appointment } = await loadBookAppointment((await params).id);
  const t = await getTranslations("adminBook");
  return {
    title: t("detailTitle", {
      name: `${appointment.profile.firstName} ${appointment.profile.lastName}`,
    }),
  };
}

const card = "space-y-3 rounded-lg border border-gray-200 bg-white p-4 sm:p-6";

export default async function BookAppointmentPage({ params }: Props) {
  const {
    appointment: a,
    timeZone,
    canCancel,
    canRecordAttendance,
  } = await loadBookAppointment((await params).id);
  const [t, tc, locale] = await Promise.all([
    getTranslations("adminBook"),
    getTranslations("common"),
    getLocale(),
  ]);
  const name = `${a.profile.firstName} ${a.profile.lastName}`;
  const facts: [string, ReactNode][] = [
    [
      t("fields.when"),
      `${formatInstant(a.startsAt, locale, timeZone, "dateTime")} – ${formatInstant(a.endsAt, locale, timeZone, "time")}`,
    ],
    [t("fields.patient"), name],
    [
      t("fields.type"),
      `${localName(a.type, locale)} (${t("minutes", { count: a.type.durationMinutes })})`,
    ],
    [t("fields.practitioner"), practitionerName(a.practitioner)],
    [t("fields.site"), localName(a.site, locale)],
    [t("fields.status"), <StatusBadge key="s" status={a.status} audience="staff" />],
    [t("fields.reason"), a.reason || "—"],
  ];
  if (a.status === "cancelled") {
    facts.push([t("fields.cancelledBy"), a.cancelledBy ? t(`cancelledBy.${a.cancelledBy}`) : "—"]);
    facts.push([t("fields.cancelReason"), a.cancelReason || "—"]);
  }
  return (
    <div className="space-y-6">
      <BackLink
        href={`/admin/appointments?${new URLSearchParams({ view: "day", date: localDateOf(a.startsAt, timeZone), show: `practitioner:${a.practitioner.id}` })}`}
      >
        {t("backToBook")}
      </BackLink>
      <h1 className="text-2xl font-semibold">{t("detailTitle", { name })}</h1>
      <dl className={`${card} grid gap-x-6 gap-y-2 sm:grid-cols-2`}>
        {facts.map(([label, value]) => (
          <div key={label} className="flex flex-wrap gap-x-2">
            <dt className="text-muted">{tc("labelled", { label })}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="note-title" className={card}>
        <h2 id="note-title" className="text-xl font-semibold">
          {t("note.title")}
        </h2>
        <ClientMessages namespaces={appointmentActionsMessages}>
          <ClinicNoteForm appointmentId={a.id} note={a.clinicNote} />
        </ClientMessages>
      </section>

      <section aria-labelledby="attendance-title" className={card}>
        <h2 id="attendance-title" className="text-xl font-semibold">
          {t("attendance.title")}
        </h2>
        {canRecordAttendance ? (
          <ClientMessages namespaces={appointmentActionsMessages}>
            <AttendanceForm appointmentId={a.id} />
          </ClientMessages>
        ) : (
          <p className="text-muted">{t("attendance.notYet")}</p>
        )}
      </section>

      {(canCancel || a.status === "cancelled") && (
        <section aria-labelledby="cancel-title" className={card}>
          <h2 id="cancel-title" className="text-xl font-semibold">
            {t("cancel.title")}
          </h2>
          <ClientMessages namespaces={appointmentActionsMessages}>
            <CancelAppointmentForm appointmentId={a.id} cancellable={canCancel} />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
