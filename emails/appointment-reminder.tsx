import { Section } from "react-email";
import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import {
  AppointmentDetailsBlock,
  appointmentDetailsFields,
  formatWhen,
} from "./appointment-details";
import { portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const appointmentReminderSchema = z.strictObject({
  ...appointmentDetailsFields,
  /** Already confirmed: no Confirm link. */
  confirmed: z.boolean(),
  /** Carry single-use tokens: blanked in the outbox once delivered. */
  confirmUrl: portalLink.nullable(),
  cancelUrl: portalLink,
  /** Last moment to cancel online (ISO); after it, the patient calls the clinic. */
  cancelUntil: z.iso.datetime(),
  /** What the clinic wrote for this visit, as the portal shows it (optional: rows queued before it existed have none). */
  clinicNote: z.string().max(2000).nullable().optional(),
});

export type AppointmentReminderData = z.infer<typeof appointmentReminderSchema>;

export function appointmentReminderSubject(t: EmailTranslator) {
  return t("appointmentReminder.subject");
}

export function AppointmentReminderEmail({ data, ctx }: EmailProps<AppointmentReminderData>) {
  const { t, brand, locale } = ctx;
  const cancelUntil = formatWhen(data.cancelUntil, locale, data.timeZone);
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("appointmentReminder.preview", { name: data.patientName })}
      heading={t("appointmentReminder.heading")}
    >
      <Paragraph>
        {t("appointmentReminder.intro", { clinicName: brand.clinicName, name: data.patientName })}
      </Paragraph>
      <AppointmentDetailsBlock data={data} ctx={ctx} />
      {data.clinicNote && (
        <Section>
          <Paragraph>
            <strong>{t("appointmentReminder.clinicNote")}</strong> {data.clinicNote}
          </Paragraph>
        </Section>
      )}
      {data.confirmed || !data.confirmUrl ? (
        <Paragraph>{t("appointmentReminder.alreadyConfirmed")}</Paragraph>
      ) : (
        <Section>
          <Paragraph>{t("appointmentReminder.confirmIntro")}</Paragraph>
          <ActionLink
            ctx={ctx}
            href={data.confirmUrl}
            label={t("appointmentReminder.confirmButton")}
          />
        </Section>
      )}
      <Section>
        <Paragraph>{t("appointmentReminder.cancelIntro", { until: cancelUntil })}</Paragraph>
        <ActionLink ctx={ctx} href={data.cancelUrl} label={t("appointmentReminder.cancelButton")} />
      </Section>
      <Paragraph small>{t("appointmentReminder.linksNote")}</Paragraph>
    </EmailLayout>
  );
}
