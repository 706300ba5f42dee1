import { z } from "zod";
import { formatInstant } from "@/lib/time/format";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const patientInvitationSchema = z.strictObject({
  name: personName,
  /** Carries the single-use token: blanked in the outbox once delivered. */
  invitationUrl: portalLink,
  /** The 6-digit clinic code typed on the invitation page (blanked too). */
  code: z.string().regex(/^\d{6}$/),
  /** ISO date-time the link and code stop working. */
  expiresAt: z.iso.datetime(),
});

export type PatientInvitationData = z.infer<typeof patientInvitationSchema>;

export function patientInvitationSubject(t: EmailTranslator) {
  return t("patientInvitation.subject");
}

export function PatientInvitationEmail({ data, ctx }: EmailProps<PatientInvitationData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("patientInvitation.preview", { clinicName: brand.clinicName })}
      heading={t("patientInvitation.heading")}
    >
      <Paragraph>{t("patientInvitation.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("patientInvitation.intro", { clinicName: brand.clinicName })}</Paragraph>
      <Paragraph>{t("patientInvitation.code", { code: data.code })}</Paragraph>
      <ActionLink ctx={ctx} href={data.invitationUrl} label={t("patientInvitation.button")} />
      <Paragraph small>
        {t("patientInvitation.expiry", {
          date: formatInstant(data.expiresAt, ctx.locale, brand.timeZone, "date"),
        })}
      </Paragraph>
      <Paragraph small>{t("patientInvitation.expired")}</Paragraph>
    </EmailLayout>
  );
}
