import { z } from "zod";

/** Emails are stored lower-cased and trimmed: the unique index is then case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z.string().trim().max(254).pipe(z.email()).transform(normalizeEmail);
