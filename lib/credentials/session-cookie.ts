import "server-only";
// After a password or email change the account's session version is bumped,
// which ends every session — including this browser's. To keep the person who
// made the change signed in, the action re-issues this browser's JWT with the
// new version, under next-auth's own cookie name and options (docs/decisions/0003).
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authCookieNames, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

export async function reissueSessionCookie(
  accountId: string,
  sessionVersion: number,
): Promise<boolean> {
  const { NEXTAUTH_SECRET } = env();
  const { secure, session: name } = authCookieNames();
  const store = await cookies();
  const raw = store.get(name)?.value;
  if (!raw) return false;
  const token = await decode({ token: raw, secret: NEXTAUTH_SECRET }).catch(() => null);
  if (!token || token.sub !== accountId) return false;
  // The login time (`at`) is kept: the absolute lifetime still counts from the login.
  const value = await encode({
    token: { ...token, sv: sessionVersion },
    secret: NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  store.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return true;
}
