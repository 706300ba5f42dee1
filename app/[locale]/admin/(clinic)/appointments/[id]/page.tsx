import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackLink } from "@/components/shell/back-link";
import {
  AttendanceForm,
  CancelAppointmentForm,
  ClinicNoteForm,
} from "@/components/schedule/appointment-actions";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
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
      <Card>
        <DetailList
          layout="inline"
          items={facts.map(([label, value]) => ({
            term: tc("labelled", { label }),
            detail: value,
          }))}
        />
      </Card>

      <Card heading={t("note.title")} className="space-y-3">
        <ClientMessages namespaces={appointmentActionsMessages}>
          <ClinicNoteForm appointmentId={a.id} note={a.clinicNote} />
        </ClientMessages>
      </Card>

      <Card heading={t("attendance.title")} className="space-y-3">
        {canRecordAttendance ? (
          <ClientMessages namespaces={appointmentActionsMessages}>
            <AttendanceForm appointmentId={a.id} />
          </ClientMessages>
        ) : (
          <p className="text-muted">{t("attendance.notYet")}</p>
        )}
      </Card>

      {(canCancel || a.status === "cancelled") && (
        <Card heading={t("cancel.title")} className="space-y-3">
          <ClientMessages namespaces={appointmentActionsMessages}>
            <CancelAppointmentForm appointmentId={a.id} cancellable={canCancel} />
          </ClientMessages>
        </Card>
      )}
    </div>
  );
}
