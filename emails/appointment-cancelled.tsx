import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import {
  AppointmentDetailsBlock,
  appointmentDetailsFields,
  appointmentIcs,
} from "./appointment-details";
import { portalLink } from "./fields";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";
import type { AppLocale } from "@/lib/i18n/routing";

export const appointmentCancelledSchema = z.strictObject({
  ...appointmentDetailsFields,
  cancelledBy: z.enum(["clinic", "patient"]),
  /** The clinic's reason, shown to the patient (null when the patient cancelled). */
  cancelReason: z.string().trim().max(2000).nullable(),
  /** The booking page of the portal (a login first). */
  bookAgainUrl: portalLink,
  /** When it was cancelled: the calendar file's DTSTAMP (optional: older rows have none, and no file). */
  cancelledAt: z.iso.datetime().optional(),
});

export type AppointmentCancelledData = z.infer<typeof appointmentCancelledSchema>;

export function appointmentCancelledSubject(t: EmailTranslator) {
  return t("appointmentCancelled.subject");
}

/** The calendar file that removes the entry the booking added (same UID, higher SEQUENCE). */
export function appointmentCancelledAttachments(
  data: AppointmentCancelledData,
  locale: AppLocale,
  brand: EmailBrand,
) {
  return data.cancelledAt
    ? [appointmentIcs(data, locale, new Date(data.cancelledAt), "CANCELLED", brand)]
    : [];
}

export function AppointmentCancelledEmail({ data, ctx }: EmailProps<AppointmentCancelledData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("appointmentCancelled.preview", { name: data.patientName })}
      heading={t("appointmentCancelled.heading")}
    >
      {data.cancelledBy === "clinic" ? (
        <>
          <Paragraph>
            {t("appointmentCancelled.byClinic", {
              clinicName: brand.clinicName,
              name: data.patientName,
            })}
          </Paragraph>
          {data.cancelReason ? (
            <Paragraph>{t("appointmentCancelled.reason", { reason: data.cancelReason })}</Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>{t("appointmentCancelled.byPatient", { name: data.patientName })}</Paragraph>
      )}
      <AppointmentDetailsBlock data={data} ctx={ctx} />
      {data.cancelledAt && <Paragraph small>{t("appointmentCancelled.calendar")}</Paragraph>}
      <Paragraph>{t("appointmentCancelled.bookAgain")}</Paragraph>
      <ActionLink ctx={ctx} href={data.bookAgainUrl} label={t("appointmentCancelled.button")} />
    </EmailLayout>
  );
}
