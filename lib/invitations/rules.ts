// When an invitation can still be accepted (pure: pages, use cases and queries ask the same).
import { now } from "@/lib/clock";

/** Wrong codes allowed before the invitation is void. */
export const MAX_FAILED_CODES = 5;

export type InvitationState = "valid" | "expired" | "revoked" | "used" | "void";

type InvitationRow = {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
  failedCodes: number;
};

export function invitationState(row: InvitationRow, at: Date = now()): InvitationState {
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.failedCodes >= MAX_FAILED_CODES) return "void";
  if (row.expiresAt.getTime() <= at.getTime()) return "expired";
  return "valid";
}
