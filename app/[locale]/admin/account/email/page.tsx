import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailPanel } from "@/components/credentials/email-change-pages";
import { loadStaffAccountPage } from "@/lib/credentials/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.email");
  return { title: t("title") };
}

/** A staff member changes their sign-in email: the same rules and emails as patients (AU-16). */
export default async function StaffChangeEmailPage() {
  const { email } = await loadStaffAccountPage();
  const t = await getTranslations("admin.account");
  return <ChangeEmailPanel email={email} home="/admin/account" homeLabel={t("backToAccount")} />;
}
