import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/credentials/change-password-form";
import { FormAlert } from "@/components/forms/form-alert";
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
    getTranslations("dashboard"),
    getTranslations("credentials.password"),
    loadClinicTimeZone(),
  ]);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {emailChanged === "1" && <FormAlert tone="success">{t("emailChanged", { email })}</FormAlert>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-gray-200 bg-white p-4">
        <dt className="font-medium">{td("email")}</dt>
        <dd className="flex flex-wrap items-center gap-x-3">
          <span className="break-all">{email}</span>
          <a
            href={`/${locale}/admin/account/email`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t("changeEmail")}
            <span className="sr-only"> ({t("changeEmailLabel")})</span>
          </a>
        </dd>
        <dt className="font-medium">{td("password")}</dt>
        <dd>
          {passwordChangedAt
            ? td("passwordChangedOn", {
                date: formatInstant(passwordChangedAt, locale, timeZone, "date"),
              })
            : td("passwordNeverChanged")}
        </dd>
      </dl>
      <section
        aria-labelledby="change-password"
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
      >
        <h2 id="change-password" className="text-lg font-semibold">
          {tp("title")}
        </h2>
        <p>{tp("intro")}</p>
        <ClientMessages namespaces={changePasswordFormMessages}>
          <ChangePasswordForm home="/admin" homeLabel={t("backToAdmin")} />
        </ClientMessages>
      </section>
    </div>
  );
}
