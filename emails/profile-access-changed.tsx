import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";

/**
 * Staff attached a profile to an account, changed what it may see, recorded
 * the person's consent, or ended the access. Sent to the account holding the
 * access and to the person's own account. It names the two people and the
 * portal tabs; nothing of the profile's content has a field here.
 */
export const profileAccessChangedSchema = z.strictObject({
  change: z.enum(["attached", "permissions", "consent", "revoked"]),
  /** Who reads it: the account holding the access, or the person whose profile it is. */
  recipient: z.enum(["holder", "person"]),
  /** The first name of the person whose profile is attached. */
  personName: personName,
  /** The name of the account holder who has (or had) the access. */
  holderName: personName,
  /** What the access allows after the change; empty once it ended. */
  tabs: z.array(z.enum(["appointments", "messages", "documents", "bills"])).max(4),
  dashboardUrl: portalLink,
});

export type ProfileAccessChangedData = z.infer<typeof profileAccessChangedSchema>;

function heading(t: EmailTranslator, data: ProfileAccessChangedData) {
  return t(`profileAccessChanged.${data.recipient}.heading`, {
    change: data.change,
    name: data.personName,
    holder: data.holderName,
  });
}

export function profileAccessChangedSubject(
  t: EmailTranslator,
  data: ProfileAccessChangedData,
  _locale: string,
  brand: EmailBrand,
) {
  return t(`profileAccessChanged.${data.recipient}.subject`, {
    change: data.change,
    clinicName: brand.clinicName,
  });
}

export function ProfileAccessChangedEmail({ data, ctx }: EmailProps<ProfileAccessChangedData>) {
  const { t, brand, locale } = ctx;
  const values = {
    change: data.change,
    name: data.personName,
    holder: data.holderName,
    clinicName: brand.clinicName,
  };
  const tabs = new Intl.ListFormat(locale, { type: "conjunction" }).format(
    data.tabs.map((tab) => t(`profileAccessChanged.tabs.${tab}`)),
  );
  return (
    <EmailLayout ctx={ctx} preview={heading(t, data)} heading={heading(t, data)}>
      <Paragraph>{t("profileAccessChanged.greeting")}</Paragraph>
      <Paragraph>{t(`profileAccessChanged.${data.recipient}.intro`, values)}</Paragraph>
      <Paragraph>
        {data.tabs.length > 0
          ? t("profileAccessChanged.tabsNow", { tabs })
          : t("profileAccessChanged.noTabs")}
      </Paragraph>
      <Paragraph small>{t("profileAccessChanged.unexpected")}</Paragraph>
      <ActionLink ctx={ctx} href={data.dashboardUrl} label={t("profileAccessChanged.button")} />
    </EmailLayout>
  );
}
