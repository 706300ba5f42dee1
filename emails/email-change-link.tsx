import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

// Sent to the NEW address: following the link proves that mailbox is reachable;
// the page behind it asks for the code sent to the old address.
export const emailChangeLinkSchema = z.strictObject({
  name: personName,
  /** Carries the single-use token: blanked in the outbox once delivered. */
  confirmUrl: portalLink,
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});

export type EmailChangeLinkData = z.infer<typeof emailChangeLinkSchema>;

export function emailChangeLinkSubject(t: EmailTranslator) {
  return t("emailChangeLink.subject");
}

export function EmailChangeLinkEmail({ data, ctx }: EmailProps<EmailChangeLinkData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("emailChangeLink.preview")}
      heading={t("emailChangeLink.heading")}
    >
      <Paragraph>{t("emailChangeLink.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("emailChangeLink.intro", { clinicName: brand.clinicName })}</Paragraph>
      <ActionLink ctx={ctx} href={data.confirmUrl} label={t("emailChangeLink.button")} />
      <Paragraph small>{t("emailChangeLink.expiry", { minutes: data.expiresInMinutes })}</Paragraph>
      <Paragraph small>{t("emailChangeLink.ignore")}</Paragraph>
    </EmailLayout>
  );
}
