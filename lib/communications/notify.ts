import "server-only";
// The emails that announce a communication, enqueued in the transaction that
// writes it: to the profile's own account and every account holding a live
// grant with the permission of its kind, each in their own language. They say
// that something waits and link to it; never what it says.
import { findManagingAccounts } from "@/lib/access/data";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { portalUrl } from "@/lib/accounts/emails";
import type { DbClient } from "@/lib/db/client";
import type { CommunicationKind } from "@/lib/db/enums";
import { enqueueEmail } from "@/lib/email/outbox";
import { BOX_OF_KIND, TAB_OF_KIND } from "./rules";

/**
 * The thread's page in its kind's box, with its profile selected; a visitor
 * without a session logs in and is brought back (callbackUrl).
 */
export function threadUrl(
  locale: "en" | "fr",
  thread: { id: string; kind: CommunicationKind; profileId: string },
): string {
  return portalUrl(
    locale,
    `/${BOX_OF_KIND[thread.kind]}/${encodeURIComponent(thread.id)}?profile=${encodeURIComponent(thread.profileId)}`,
  );
}

export async function enqueueCommunicationEmails(
  tx: DbClient,
  thread: {
    id: string;
    kind: CommunicationKind;
    profileId: AuthorizedProfileId;
    patientFirstName: string;
    /** A new clinic entry in an existing thread. */
    reply: boolean;
  },
  timeZone: string,
): Promise<number> {
  const recipients = await findManagingAccounts(
    thread.profileId,
    timeZone,
    tx,
    TAB_OF_KIND[thread.kind],
  );
  for (const account of recipients) {
    await enqueueEmail(tx, {
      to: account.email,
      locale: account.language,
      template: "communication-shared",
      data: {
        kind: thread.kind,
        reply: thread.reply,
        patientName: thread.patientFirstName,
        threadUrl: threadUrl(account.language, thread),
      },
    });
  }
  return recipients.length;
}
