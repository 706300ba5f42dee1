import { z } from "zod";
import { formatInstant } from "@/lib/time/format";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const passwordChangedSchema = z.strictObject({
  name: personName,
  /** ISO 8601 instant; shown in the clinic's time zone. */
  changedAt: z.iso.datetime({ offset: true }),
  /** The forgot-password page (no token): where to go if it was not them. */
  resetUrl: portalLink,
});

export type PasswordChangedData = z.infer<typeof passwordChangedSchema>;

export function passwordChangedSubject(t: EmailTranslator) {
  return t("passwordChanged.subject");
}

export function PasswordChangedEmail({ data, ctx }: EmailProps<PasswordChangedData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("passwordChanged.preview")}
      heading={t("passwordChanged.heading")}
    >
      <Paragraph>{t("passwordChanged.greeting", { name: data.name })}</Paragraph>
      <Paragraph>
        {t("passwordChanged.notice", {
          clinicName: brand.clinicName,
          date: formatInstant(data.changedAt, ctx.locale, brand.timeZone, "date"),
          time: formatInstant(data.changedAt, ctx.locale, brand.timeZone, "time"),
        })}
      </Paragraph>
      <Paragraph>{t("passwordChanged.ifYou")}</Paragraph>
      <Paragraph>{t("passwordChanged.notYou")}</Paragraph>
      <ActionLink ctx={ctx} href={data.resetUrl} label={t("passwordChanged.button")} />
    </EmailLayout>
  );
}
