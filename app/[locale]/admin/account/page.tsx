import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/credentials/change-password-form";
import { SignInDetails } from "@/components/credentials/sign-in-details";
import { FormAlert } from "@/components/forms/form-alert";
import { Card } from "@/components/shell/card";
import { loadStaffAccountPage } from "@/lib/credentials/loaders";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { changePasswordFormMessages } from "@/components/credentials/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.account");
  return { title: t("title") };
}

/** A staff member's own sign-in details: email (changed on its own page) and password (the same form and rules as patients'). */
export default async function StaffAccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ emailChanged?: string }>;
}) {
  const [{ locale }, { emailChanged }, { email, passwordChangedAt }] = await Promise.all([
    params,
    searchParams,
    loadStaffAccountPage(),
  ]);
  const [t, td, tp, timeZone] = await Promise.all([
    getTranslations("admin.account"),
    getTranslations("profileTab"),
    getTranslations("credentials.password"),
    loadClinicTimeZone(),
  ]);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {emailChanged === "1" && <FormAlert tone="success">{t("emailChanged", { email })}</FormAlert>}
      <Card padding="compact">
        <SignInDetails
          labels={{ email: td("email"), password: td("password") }}
          email={email}
          password={
            passwordChangedAt
              ? td("passwordChangedOn", {
                  date: formatInstant(passwordChangedAt, locale, timeZone, "date"),
                })
              : td("passwordNeverChanged")
          }
          emailEdit={{
            href: `/${locale}/admin/account/email`,
            label: t("changeEmail"),
            what: t("changeEmailLabel"),
          }}
        />
      </Card>
      <Card heading={tp("title")} headingSize="lg" className="space-y-4">
        <p>{tp("intro")}</p>
        <ClientMessages namespaces={changePasswordFormMessages}>
          <ChangePasswordForm home="/admin" homeLabel={t("backToAdmin")} />
        </ClientMessages>
      </Card>
    </div>
  );
}
