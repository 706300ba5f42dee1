import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailPanel } from "@/components/credentials/email-change-pages";
import { loadCredentialsPage } from "@/lib/credentials/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.email");
  return { title: t("title") };
}

export default async function ChangeEmailPage() {
  const { email } = await loadCredentialsPage();
  return <ChangeEmailPanel email={email} />;
}
