import {
  ConfirmEmailPanel,
  confirmEmailMetadata,
} from "@/components/credentials/email-change-pages";
import { loadEmailConfirmPage } from "@/lib/credentials/loaders";

export const generateMetadata = confirmEmailMetadata;

export default async function ConfirmEmailPage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  const { state, newEmail } = await loadEmailConfirmPage(token);
  return (
    <ConfirmEmailPanel
      state={state}
      newEmail={newEmail}
      token={token}
      askAgainHref={`/${locale}/account/email`}
    />
  );
}
