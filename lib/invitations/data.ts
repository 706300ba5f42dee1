import "server-only";
import { db } from "@/lib/db/client";
import { hashSecret } from "@/lib/tokens/secret";

/** The invitation behind an emailed link, with what accepting it needs; never sent to a browser. */
export function findInvitationByLink(secret: string) {
  return db().invitation.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      email: true,
      profileId: true,
      codeHash: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      failedCodes: true,
      profile: { select: { id: true, language: true, account: { select: { id: true } } } },
    },
  });
}
