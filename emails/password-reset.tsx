import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const passwordResetSchema = z.strictObject({
  name: personName,
  /** Carries the single-use token: blanked in the outbox once delivered. */
  resetUrl: portalLink,
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});

export type PasswordResetData = z.infer<typeof passwordResetSchema>;

export function passwordResetSubject(t: EmailTranslator) {
  return t("passwordReset.subject");
}

export function PasswordResetEmail({ data, ctx }: EmailProps<PasswordResetData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("passwordReset.preview")}
      heading={t("passwordReset.heading")}
    >
      <Paragraph>{t("passwordReset.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("passwordReset.intro", { clinicName: brand.clinicName })}</Paragraph>
      <ActionLink ctx={ctx} href={data.resetUrl} label={t("passwordReset.button")} />
      <Paragraph small>{t("passwordReset.expiry", { minutes: data.expiresInMinutes })}</Paragraph>
      <Paragraph small>{t("passwordReset.ignore")}</Paragraph>
    </EmailLayout>
  );
}
