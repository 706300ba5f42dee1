import "server-only";
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** A 256-bit secret from the CSPRNG, URL-safe, for an emailed link (AU-9). */
export function newLinkSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A short numeric code a person types (invitations, email change). */
export function newCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, "0");
}

/** Only this is stored: a leaked table gives no working link (AU-10). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
