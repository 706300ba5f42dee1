import { Section } from "react-email";
import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import {
  AppointmentDetailsBlock,
  appointmentDetailsFields,
  appointmentIcs,
  formatWhen,
} from "./appointment-details";
import { portalLink } from "./fields";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";
import type { AppLocale } from "@/lib/i18n/routing";

export const appointmentReminderSchema = z.strictObject({
  ...appointmentDetailsFields,
  /** Already confirmed: no Confirm link. */
  confirmed: z.boolean(),
  /** Carry single-use tokens: blanked in the outbox once delivered. */
  confirmUrl: portalLink.nullable(),
  /** Null once past the online cut-off: the email then says to call the clinic. */
  cancelUrl: portalLink.nullable(),
  /** Last moment to cancel online (ISO); null once it has passed. */
  cancelUntil: z.iso.datetime().nullable(),
  /** When the reminder was queued: the calendar file's DTSTAMP (optional: older rows have none, and no file). */
  remindedAt: z.iso.datetime().optional(),
  /** What the clinic wrote for this visit, as the portal shows it (optional: rows queued before it existed have none). */
  clinicNote: z.string().max(2000).nullable().optional(),
});

export type AppointmentReminderData = z.infer<typeof appointmentReminderSchema>;

export function appointmentReminderSubject(t: EmailTranslator) {
  return t("appointmentReminder.subject");
}

export function appointmentReminderAttachments(
  data: AppointmentReminderData,
  locale: AppLocale,
  brand: EmailBrand,
) {
  return data.remindedAt
    ? [
        appointmentIcs(
          data,
          locale,
          new Date(data.remindedAt),
          data.confirmed ? "CONFIRMED" : "TENTATIVE",
          brand,
        ),
      ]
    : [];
}

export function AppointmentReminderEmail({ data, ctx }: EmailProps<AppointmentReminderData>) {
  const { t, brand, locale } = ctx;
  const phone = brand.clinicPhone ?? data.sitePhone;
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
      {data.remindedAt && <Paragraph small>{t("appointmentReminder.calendar")}</Paragraph>}
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
      {data.cancelUrl && data.cancelUntil ? (
        <Section>
          <Paragraph>
            {t("appointmentReminder.cancelIntro", {
              until: formatWhen(data.cancelUntil, locale, data.timeZone),
            })}
          </Paragraph>
          <ActionLink
            ctx={ctx}
            href={data.cancelUrl}
            label={t("appointmentReminder.cancelButton")}
          />
        </Section>
      ) : (
        <Paragraph>
          {phone
            ? t("appointmentReminder.cancelByPhone", { phone })
            : t("appointmentReminder.cancelByPhoneNoNumber")}
        </Paragraph>
      )}
      {(data.cancelUrl || (!data.confirmed && data.confirmUrl)) && (
        <Paragraph small>{t("appointmentReminder.linksNote")}</Paragraph>
      )}
    </EmailLayout>
  );
}
