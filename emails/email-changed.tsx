import { z } from "zod";
import { formatInstant } from "@/lib/time/format";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

// Sent to BOTH the old and the new address once the login email changed.
export const emailChangedSchema = z.strictObject({
  name: personName,
  newEmail: z.email().max(254),
  /** ISO 8601 instant. */
  changedAt: z.iso.datetime({ offset: true }),
  /** The portal's login page (no token). */
  loginUrl: portalLink,
});

export type EmailChangedData = z.infer<typeof emailChangedSchema>;

export function emailChangedSubject(t: EmailTranslator) {
  return t("emailChanged.subject");
}

export function EmailChangedEmail({ data, ctx }: EmailProps<EmailChangedData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout ctx={ctx} preview={t("emailChanged.preview")} heading={t("emailChanged.heading")}>
      <Paragraph>{t("emailChanged.greeting", { name: data.name })}</Paragraph>
      <Paragraph>
        {t("emailChanged.notice", {
          clinicName: brand.clinicName,
          newEmail: data.newEmail,
          date: formatInstant(data.changedAt, ctx.locale, brand.timeZone, "date"),
          time: formatInstant(data.changedAt, ctx.locale, brand.timeZone, "time"),
        })}
      </Paragraph>
      <Paragraph>{t("emailChanged.notYou")}</Paragraph>
      <ActionLink ctx={ctx} href={data.loginUrl} label={t("emailChanged.button")} />
    </EmailLayout>
  );
}
