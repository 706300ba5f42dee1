// Sent when someone registers with an address that already has an account
// (AU-6): the page answers as for a new registration, and only the owner of
// the address learns that it happened.
import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailProps, EmailTranslator } from "./i18n";

export const existingAccountSchema = z.strictObject({
  name: personName,
  loginUrl: portalLink,
  forgotPasswordUrl: portalLink,
  /** Present while the account is not activated yet: where to ask for a new link. */
  activateUrl: portalLink.optional(),
});

export type ExistingAccountData = z.infer<typeof existingAccountSchema>;

export function existingAccountSubject(t: EmailTranslator) {
  return t("existingAccount.subject");
}

export function ExistingAccountEmail({ data, ctx }: EmailProps<ExistingAccountData>) {
  const { t, brand } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("existingAccount.preview")}
      heading={t("existingAccount.heading")}
    >
      <Paragraph>{t("existingAccount.greeting", { name: data.name })}</Paragraph>
      <Paragraph>{t("existingAccount.intro", { clinicName: brand.clinicName })}</Paragraph>
      {data.activateUrl ? (
        <>
          <Paragraph>{t("existingAccount.pending")}</Paragraph>
          <ActionLink
            ctx={ctx}
            href={data.activateUrl}
            label={t("existingAccount.activateButton")}
          />
        </>
      ) : (
        <>
          <Paragraph>{t("existingAccount.active")}</Paragraph>
          <ActionLink ctx={ctx} href={data.loginUrl} label={t("existingAccount.loginButton")} />
          <Paragraph small>
            {t("existingAccount.forgot", { url: data.forgotPasswordUrl })}
          </Paragraph>
        </>
      )}
      <Paragraph small>{t("existingAccount.ignore")}</Paragraph>
    </EmailLayout>
  );
}
