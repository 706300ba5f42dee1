import { z } from "zod";
import { formatInstant } from "@/lib/time/format";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import {
  AppointmentDetailsBlock,
  appointmentDetailsFields,
  appointmentIcs,
} from "./appointment-details";
import type { EmailProps, EmailTranslator } from "./i18n";
import type { AppLocale } from "@/lib/i18n/routing";

export const appointmentBookedSchema = z.strictObject({
  ...appointmentDetailsFields,
  /** When it was booked: the calendar file's DTSTAMP. */
  bookedAt: z.iso.datetime(),
});

export type AppointmentBookedData = z.infer<typeof appointmentBookedSchema>;

/** The date in the clinic's time zone, as in the body. */
export function appointmentBookedSubject(
  t: EmailTranslator,
  data: AppointmentBookedData,
  locale: AppLocale,
) {
  return t("appointmentBooked.subject", {
    when: formatInstant(data.startsAt, locale, data.timeZone, "dayAndTime"),
  });
}

export function appointmentBookedAttachments(data: AppointmentBookedData, locale: AppLocale) {
  return [appointmentIcs(data, locale, new Date(data.bookedAt))];
}

export function AppointmentBookedEmail({ data, ctx }: EmailProps<AppointmentBookedData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("appointmentBooked.preview", { name: data.patientName })}
      heading={t("appointmentBooked.heading")}
    >
      <Paragraph>
        {t("appointmentBooked.intro", { clinicName: brand.clinicName, name: data.patientName })}
      </Paragraph>
      <AppointmentDetailsBlock data={data} ctx={ctx} />
      <Paragraph small>{t("appointmentBooked.calendar")}</Paragraph>
      <ActionLink ctx={ctx} href={data.portalUrl} label={t("appointmentBooked.button")} />
      <Paragraph small>{t("appointmentBooked.manage")}</Paragraph>
    </EmailLayout>
  );
}
