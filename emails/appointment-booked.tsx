import { z } from "zod";
import { formatInstant } from "@/lib/time/format";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import {
  AppointmentDetailsBlock,
  appointmentDetailsFields,
  appointmentIcs,
} from "./appointment-details";
import { personName } from "./fields";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";
import type { AppLocale } from "@/lib/i18n/routing";

export const appointmentBookedSchema = z.strictObject({
  ...appointmentDetailsFields,
  /** When it was booked: the calendar file's DTSTAMP. */
  bookedAt: z.iso.datetime(),
  /**
   * Who booked, seen from the recipient: themself, the patient, a proxy (an
   * account holder managing the patient) or the clinic's staff. Optional: rows
   * queued before it existed have none.
   */
  bookedBy: z.enum(["you", "patient", "proxy", "clinic"]).optional(),
  /** The proxy's name, when a proxy booked. */
  bookedByName: personName.nullable().optional(),
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

export function appointmentBookedAttachments(
  data: AppointmentBookedData,
  locale: AppLocale,
  brand: EmailBrand,
) {
  // Just booked: tentative until the patient confirms.
  return [appointmentIcs(data, locale, new Date(data.bookedAt), "TENTATIVE", brand)];
}

/** The opening sentence: who booked this appointment for whom. */
function bookedIntro(t: EmailTranslator, data: AppointmentBookedData, clinicName: string) {
  const name = data.patientName;
  switch (data.bookedBy) {
    case "you":
      return t("appointmentBooked.introByYou", { name });
    case "patient":
      return t("appointmentBooked.introByPatient", { name });
    case "clinic":
      return t("appointmentBooked.intro", { clinicName, name });
    case "proxy":
      if (data.bookedByName)
        return t("appointmentBooked.introByProxy", { name, proxyName: data.bookedByName });
  }
  return t("appointmentBooked.introNeutral", { name });
}

export function AppointmentBookedEmail({ data, ctx }: EmailProps<AppointmentBookedData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("appointmentBooked.preview", { name: data.patientName })}
      heading={t("appointmentBooked.heading")}
    >
      <Paragraph>{bookedIntro(t, data, brand.clinicName)}</Paragraph>
      <AppointmentDetailsBlock data={data} ctx={ctx} />
      <Paragraph small>{t("appointmentBooked.calendar")}</Paragraph>
      <ActionLink ctx={ctx} href={data.portalUrl} label={t("appointmentBooked.button")} />
      <Paragraph small>{t("appointmentBooked.manage")}</Paragraph>
    </EmailLayout>
  );
}
