import { getLocale, getTranslations } from "next-intl/server";
import type { AppointmentItem } from "@/lib/appointments/loaders";
import { AppointmentActions } from "./appointment-actions";
import { localName, personName } from "./names";
import { visitDetailsIn } from "./visit-details";
import { StatusBadge, statusAccent } from "./status-badge";
import { DetailList } from "@/components/shell/detail-list";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appointmentActionsMessages } from "./messages";

/**
 * A profile's appointments, each a disclosure (<details>) that expands in
 * place: the summary line (when, who, where, status), then everything else
 * and, for upcoming ones, confirm and cancel as the clinic's rules allow.
 * The one named by `openId` (a link from the dashboard) starts expanded.
 */
export async function AppointmentList({
  items,
  openId,
  profileId,
  timeZone,
  clinicPhone,
  empty,
}: {
  items: AppointmentItem[];
  openId?: string;
  profileId: string;
  timeZone: string;
  clinicPhone: string;
  empty: string;
}) {
  const [t, locale, details] = await Promise.all([
    getTranslations("appointments"),
    getLocale(),
    visitDetailsIn(timeZone),
  ]);
  if (items.length === 0) return <p className="mt-2 text-muted">{empty}</p>;
  const day = (d: Date) => formatInstant(d, locale, timeZone, "weekdayDate");
  const time = (d: Date) => formatInstant(d, locale, timeZone, "time");
  const moment = (d: Date) => t("dateTime", { date: day(d), time: time(d) });
  return (
    <ul className="mt-2 space-y-2">
      {items.map((a) => {
        const specialties = a.practitioner.specialties
          .map((s) => localName(s.specialty, locale))
          .join(", ");
        const visit = details(a);
        return (
          <li
            key={a.id}
            id={`appointment-${a.id}`}
            className={`rounded-md border border-l-4 border-gray-200 ${statusAccent[a.status]}`}
          >
            <details open={a.id === openId}>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 p-3">
                <time dateTime={a.startsAt.toISOString()} className="font-semibold">
                  {moment(a.startsAt)}
                </time>
                <span>
                  {personName(a.practitioner)}
                  {specialties && <span className="text-muted"> · {specialties}</span>}
                </span>
                <span>{localName(a.site, locale)}</span>
                <StatusBadge status={a.status} />
              </summary>
              <div className="border-t border-gray-200 p-3">
                <DetailList
                  items={[
                    visit.type,
                    visit.site,
                    {
                      term: t("reason"),
                      detail: (
                        <span className="break-words whitespace-pre-wrap">
                          {a.reason || <span className="text-muted">{t("noReason")}</span>}
                        </span>
                      ),
                    },
                    ...(a.clinicNote
                      ? [
                          {
                            term: t("clinicNote"),
                            detail: (
                              <span className="break-words whitespace-pre-wrap">
                                {a.clinicNote}
                              </span>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
                {a.status === "cancelled" && (
                  <p className="mt-2 font-medium text-red-800">
                    {a.cancelledBy === "clinic" && a.cancelReason
                      ? t("cancelledByClinic", { reason: a.cancelReason })
                      : t("cancelledByPatient")}
                  </p>
                )}
                {a.cancel.allowed && (
                  <p className="mt-2">{t("cancellableUntil", { date: moment(a.cancel.until) })}</p>
                )}
                {!a.cancel.allowed && a.cancel.reason === "pastCutoff" && (
                  <p className="mt-2">
                    {t("cancelTooLate", { date: moment(a.cancel.until), phone: clinicPhone })}
                  </p>
                )}
                {!a.confirm.allowed && a.confirm.reason === "notYet" && (
                  <p className="mt-2">
                    {t("confirmNotYet", {
                      date: moment(a.confirm.opensAt),
                      hours: Math.round(
                        (a.startsAt.getTime() - a.confirm.opensAt.getTime()) / 3_600_000,
                      ),
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
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
