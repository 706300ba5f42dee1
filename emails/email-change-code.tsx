import { z } from "zod";
import { EmailLayout, Paragraph } from "./components/layout";
import { personName } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

// Sent to the CURRENT address when someone asks to move the login elsewhere:
// the code proves the request came from whoever reads this mailbox, and warns
// the owner if it did not (AU-16).
export const emailChangeCodeSchema = z.strictObject({
  name: personName,
  /** Six digits; blanked in the outbox once delivered. */
  code: z.string().regex(/^\d{6}$/),
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});

export type EmailChangeCodeData = z.infer<typeof emailChangeCodeSchema>;

export function emailChangeCodeSubject(t: EmailTranslator) {
  return t("emailChangeCode.subject");
}

export function EmailChangeCodeEmail({ data, ctx }: EmailProps<EmailChangeCodeData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("emailChangeCode.preview")}
      heading={t("emailChangeCode.heading")}
    >
      <Paragraph>{t("emailChangeCode.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("emailChangeCode.intro", { clinicName: brand.clinicName })}</Paragraph>
      <Paragraph>{t("emailChangeCode.codeLabel", { code: data.code })}</Paragraph>
      <Paragraph small>{t("emailChangeCode.expiry", { minutes: data.expiresInMinutes })}</Paragraph>
      <Paragraph small>{t("emailChangeCode.notYou")}</Paragraph>
    </EmailLayout>
  );
}
