import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DetailList } from "@/components/shell/detail-list";
import type { AppointmentItem } from "@/lib/appointments/loaders";
import { AppointmentActions } from "./appointment-actions";
import { appointmentActionsMessages } from "./messages";
import { localName } from "./names";
import { dateAndTime, visitDetailsIn } from "./visit-details";

/**
 * Everything about one appointment (with whom, what, where, the reason, the
 * clinic's note), what the clinic's rules allow and why not, and, while it is
 * upcoming, confirm and cancel.
 */
export async function AppointmentDetails({
  appointment: a,
  profileId,
  timeZone,
  clinicPhone,
}: {
  appointment: AppointmentItem;
  profileId: string;
  timeZone: string;
  clinicPhone: string;
}) {
  const [t, locale, details] = await Promise.all([
    getTranslations("appointments"),
    getLocale(),
    visitDetailsIn(timeZone),
  ]);
  const moment = (d: Date) => t("dateTime", dateAndTime(d, locale, timeZone));
  const specialties = a.practitioner.specialties
    .map((s) => localName(s.specialty, locale))
    .join(", ");
  const visit = details(a);
  const longText = "break-words whitespace-pre-wrap";
  return (
    <>
      <DetailList
        items={[
          {
            ...visit.practitioner,
            detail: (
              <>
                {visit.practitioner.detail}
                {specialties && <span className="text-muted"> · {specialties}</span>}
              </>
            ),
          },
          visit.type,
          visit.site,
          {
            term: t("reason"),
            detail: (
              <span className={longText}>
                {a.reason || <span className="text-muted">{t("noReason")}</span>}
              </span>
            ),
          },
          ...(a.clinicNote
            ? [{ term: t("clinicNote"), detail: <span className={longText}>{a.clinicNote}</span> }]
            : []),
        ]}
      />
      {a.status === "cancelled" && (
        <p className="mt-3 font-medium text-red-800">
          {a.cancelledBy === "clinic" && a.cancelReason
            ? t("cancelledByClinic", { reason: a.cancelReason })
            : t("cancelledByPatient")}
        </p>
      )}
      {a.cancel.allowed && (
        <p className="mt-3">{t("cancellableUntil", { date: moment(a.cancel.until) })}</p>
      )}
      {!a.cancel.allowed && a.cancel.reason === "pastCutoff" && (
        <p className="mt-3">
          {t("cancelTooLate", { date: moment(a.cancel.until), phone: clinicPhone })}
        </p>
      )}
      {!a.confirm.allowed && a.confirm.reason === "notYet" && (
        <p className="mt-3">
          {t("confirmNotYet", {
            date: moment(a.confirm.opensAt),
            hours: Math.round((a.startsAt.getTime() - a.confirm.opensAt.getTime()) / 3_600_000),
          })}
        </p>
      )}
      <ClientMessages namespaces={appointmentActionsMessages}>
        <AppointmentActions
          profileId={profileId}
          appointmentId={a.id}
          confirmed={!a.confirm.allowed && a.confirm.reason === "alreadyConfirmed"}
          canConfirm={a.confirm.allowed}
          canCancel={a.cancel.allowed}
          cancelQuestion={t("cancelAsk", { date: moment(a.startsAt) })}
        />
      </ClientMessages>
    </>
  );
}
