import {
  ConfirmEmailPanel,
  confirmEmailMetadata,
} from "@/components/credentials/email-change-pages";
import { loadStaffEmailConfirmPage } from "@/lib/credentials/loaders";

export const generateMetadata = confirmEmailMetadata;

export default async function StaffConfirmEmailPage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  const { state, newEmail } = await loadStaffEmailConfirmPage(token);
  return (
    <ConfirmEmailPanel
      state={state}
      newEmail={newEmail}
      token={token}
      askAgainHref={`/${locale}/admin/account/email`}
    />
  );
}
