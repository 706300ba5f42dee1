// The session JWT exactly as next-auth v4 encodes it — a JWE (dir, A256GCM)
// whose key is an HKDF-SHA256 of NEXTAUTH_SECRET — but with the derived key
// kept instead of derived again for every encode and decode. next-auth runs
// that HKDF once per login and twice per page (proxy.ts and the session gate),
// each time through the thread pool, where it waits behind argon2 verifies.
// next-auth's own encode and decode read and write the same tokens
// (jwt.test.ts). options.ts hands both to next-auth and proxy.ts to getToken,
// so every path uses them. No server-only marker: proxy.ts imports it.
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/** next-auth's default, used when a caller gives none. */
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// One secret per process in practice; a second (a rotation, a test) replaces it.
let cached: { secret: string; salt: string; key: Uint8Array } | undefined;

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  if (typeof secret === "string" && cached?.secret === secret && cached.salt === salt) return cached.key;
  const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
  const key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
  if (typeof secret === "string") cached = { secret, salt, key };
  return key;
}

export async function encodeSession({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt = "" }: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

/** The claims, or null for no token; a forged, tampered or expired token throws, as next-auth's decode does. */
export async function decodeSession({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
