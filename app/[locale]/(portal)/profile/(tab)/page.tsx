import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInDetails } from "@/components/credentials/sign-in-details";
import { FormAlert } from "@/components/forms/form-alert";
import { ContactForm } from "@/components/portal/contact-form";
import { contactFormMessages } from "@/components/portal/messages";
import { ProfileDetails } from "@/components/profiles/profile-details";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { Link } from "@/lib/i18n/navigation";
import { loadProfileTab } from "@/lib/portal/loaders";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profileTab");
  return { title: t("title") };
}

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ profile?: string | string[]; emailChanged?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const tab = await loadProfileTab(typeof query.profile === "string" ? query.profile : undefined);
  const [t, tTabs, tLog] = await Promise.all([
    getTranslations("profileTab"),
    getTranslations("dashboard.tabs"),
    getTranslations("accessLog"),
  ]);
  const { details } = tab;
  const name = `${details.firstName} ${details.lastName}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{tab.own ? t("title") : t("titleOf", { name })}</h1>
      {query.emailChanged === "1" && (
        <FormAlert tone="success">{t("emailChanged", { email: tab.signIn.email })}</FormAlert>
      )}
      <Section heading={t("detailsTitle")} className="space-y-3">
        <Card padding="compact">
          <ProfileDetails profile={details} locale={locale} />
        </Card>
        <p className="text-sm text-muted">
          {tab.canEditContact ? t("namesHint") : t("detailsHint")}
        </p>
      </Section>
      {tab.canEditContact && (
        <Section heading={t("contactTitle")} className="space-y-3">
          <Card className="max-w-2xl">
            <ClientMessages namespaces={contactFormMessages}>
              <ContactForm
                updatedAt={details.updatedAt.toISOString()}
                values={{
                  primaryPhone: details.primaryPhone,
                  primaryPhoneType: details.primaryPhoneType,
                  secondaryPhone: details.secondaryPhone,
                  secondaryPhoneType: details.secondaryPhoneType,
                  addressLine: details.addressLine,
                  city: details.city,
                  province: details.province,
                  postalCode: details.postalCode,
                  language: details.language,
                }}
              />
            </ClientMessages>
          </Card>
        </Section>
      )}
      {tab.own && (
        <Section heading={t("signInDetails")} className="space-y-3">
          <Card padding="compact" className="max-w-2xl">
            <SignInDetails
              labels={{ email: t("email"), password: t("password") }}
              email={tab.signIn.email}
              password={
                tab.signIn.passwordChangedAt
                  ? t("passwordChangedOn", {
                      date: formatInstant(
                        tab.signIn.passwordChangedAt,
                        locale,
                        tab.timeZone,
                        "date",
                      ),
                    })
                  : t("passwordNeverChanged")
              }
              emailEdit={{
                href: `/${locale}/account/email`,
                label: t("edit"),
                what: t("editEmail"),
              }}
              passwordEdit={{
                href: `/${locale}/account/password`,
                label: t("edit"),
                what: t("editPassword"),
              }}
            />
          </Card>
        </Section>
      )}
      {!tab.own && (
        <Section heading={t("accessTitle")} className="space-y-3">
          <p>{t("access", { tabs: tab.tabs.map((x) => tTabs(x)).join(", ") })}</p>
        </Section>
      )}
      <Section heading={t("privacyTitle")} className="space-y-3">
        <p>{t("privacyIntro")}</p>
        <p>
          <Link
            href="/profile/access"
            prefetch={false}
            className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
          >
            {tab.own ? tLog("title") : tLog("titleOf", { name })}
          </Link>
        </p>
      </Section>
    </div>
  );
}
