import "server-only";
import { now } from "@/lib/clock";
import { db, type DbClient } from "@/lib/db/client";
import type { TokenPurpose } from "@/lib/db/enums";
import { hashSecret } from "./secret";

export type TokenState = "valid" | "expired" | "used" | "invalid";

/** Looks a token up without using it (to show the page behind a link). */
export async function inspectAccountToken(
  secret: string,
  purpose: TokenPurpose,
  client: DbClient = db(),
) {
  const token = await client.accountToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      accountId: true,
      purpose: true,
      data: true,
      expiresAt: true,
      usedAt: true,
      voidedAt: true,
    },
  });
  let state: TokenState = "valid";
  if (!token || token.purpose !== purpose) state = "invalid";
  else if (token.usedAt || token.voidedAt) state = "used";
  else if (token.expiresAt <= now()) state = "expired";
  return { state, token: state === "valid" ? token : null };
}
