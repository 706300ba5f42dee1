import "server-only";
// argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1): ~12 ms a verify here.
// Stored hashes carry their parameters, so weaker ones are upgraded at login.
import { hash, verify } from "@node-rs/argon2";

const PARAMS = {
  algorithm: 2 /* argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), PARAMS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** True when a stored hash uses weaker parameters than today's. */
export function needsRehash(storedHash: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!m) return true;
  return Number(m[1]) < PARAMS.memoryCost || Number(m[2]) < PARAMS.timeCost;
}

// Verified against when the email is unknown, so a failed login takes the same
// time whether or not the account exists (SECURITY.md AU-4).
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
