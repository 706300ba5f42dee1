import "server-only";
// The emails that announce a change of an attachment, enqueued in the
// transaction that makes it: to the account holding the access and to the
// person's own account (if they have one), each in their own language. They
// name the two people and the tabs, and link to the portal's dashboard.
import type { Tab } from "@/lib/access/profile-access";
import { portalUrl } from "@/lib/accounts/emails";
import type { DbClient } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { findAccessRecipients } from "./data";

export type AccessChange = "attached" | "permissions" | "consent" | "revoked";

export async function enqueueAccessEmails(
  tx: DbClient,
  input: { change: AccessChange; grantId: string; tabs: Tab[] },
): Promise<number> {
  const grant = await findAccessRecipients(input.grantId, tx);
  const holder = grant.account;
  const holderName = holder.profile
    ? `${holder.profile.firstName} ${holder.profile.lastName}`
    : holder.email;
  const recipients = [
    { ...holder, recipient: "holder" as const },
    ...(grant.profile.account ? [{ ...grant.profile.account, recipient: "person" as const }] : []),
  ];
  for (const to of recipients) {
    await enqueueEmail(tx, {
      to: to.email,
      locale: to.language,
      template: "profile-access-changed",
      data: {
        change: input.change,
        recipient: to.recipient,
        personName: grant.profile.firstName,
        holderName,
        tabs: input.change === "revoked" ? [] : input.tabs,
        dashboardUrl: portalUrl(to.language, "/dashboard"),
      },
    });
  }
  return recipients.length;
}
