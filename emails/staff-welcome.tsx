import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

/** A new staff member's first email: their role and a link to choose a password (an admin never sets one, AU-21). */
export const staffWelcomeSchema = z.strictObject({
  role: z.enum(["staff", "admin"]),
  /** Carries the single-use token: blanked in the outbox once delivered. */
  setPasswordUrl: portalLink,
  expiresInHours: z
    .int()
    .min(1)
    .max(14 * 24),
});

export type StaffWelcomeData = z.infer<typeof staffWelcomeSchema>;

export function staffWelcomeSubject(t: EmailTranslator) {
  return t("staffWelcome.subject");
}

export function StaffWelcomeEmail({ data, ctx }: EmailProps<StaffWelcomeData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("staffWelcome.preview", { clinicName: brand.clinicName })}
      heading={t("staffWelcome.heading")}
    >
      <Paragraph>
        {t(data.role === "admin" ? "staffWelcome.introAdmin" : "staffWelcome.introStaff", {
          clinicName: brand.clinicName,
        })}
      </Paragraph>
      <ActionLink ctx={ctx} href={data.setPasswordUrl} label={t("staffWelcome.button")} />
      <Paragraph small>{t("staffWelcome.expiry", { hours: data.expiresInHours })}</Paragraph>
      <Paragraph small>{t("staffWelcome.unexpected")}</Paragraph>
    </EmailLayout>
  );
}
