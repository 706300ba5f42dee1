import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const accountActivationSchema = z.strictObject({
  name: personName,
  /** Carries the single-use token: blanked in the outbox once delivered. */
  activationUrl: portalLink,
  expiresInHours: z
    .int()
    .min(1)
    .max(24 * 30),
});

export type AccountActivationData = z.infer<typeof accountActivationSchema>;

export function accountActivationSubject(t: EmailTranslator) {
  return t("accountActivation.subject");
}

export function AccountActivationEmail({ data, ctx }: EmailProps<AccountActivationData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("accountActivation.preview")}
      heading={t("accountActivation.heading")}
    >
      <Paragraph>{t("accountActivation.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("accountActivation.intro", { clinicName: brand.clinicName })}</Paragraph>
      <ActionLink ctx={ctx} href={data.activationUrl} label={t("accountActivation.button")} />
      <Paragraph small>{t("accountActivation.expiry", { hours: data.expiresInHours })}</Paragraph>
      <Paragraph small>{t("accountActivation.ignore")}</Paragraph>
    </EmailLayout>
  );
}
