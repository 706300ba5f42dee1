import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailPanel } from "@/components/credentials/email-change-pages";
import { loadStaffEmailConfirmPage } from "@/lib/credentials/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.confirm");
  // The address holds a secret: never send it to another site (HD-5).
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function StaffConfirmEmailPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  const { state, newEmail } = await loadStaffEmailConfirmPage(token);
  return <ConfirmEmailPanel state={state} newEmail={newEmail} token={token} askAgainHref={`/${locale}/admin/account/email`} />;
}
