import "server-only";
// The session cookie exactly as next-auth writes it (name, JWT encoding,
// attributes), for the login route that issues it without next-auth's generic
// handler: getServerSession(), the gate and proxy.ts read it unchanged.
import { headers } from "next/headers";
import { LOGIN_CSRF_HEADER, csrfCookieName } from "@/lib/auth/csrf";
import { encodeSession } from "@/lib/auth/jwt";
import type { LoginUser } from "@/lib/auth/login";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

/** Eight hours of absolute lifetime; the session gate re-checks the account on every request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** What a session JWT carries besides next-auth's own claims (iat, exp, jti). */
export function sessionClaims(user: LoginUser) {
  // `at`, the login time, bounds the absolute session lifetime (next-auth's
  // own expiry slides with activity).
  return { sub: user.id, role: user.role, sv: user.sv, at: Math.floor(now().getTime() / 1000) };
}

/** next-auth uses `__Secure-`/`__Host-` cookies exactly when its URL (APP_URL) is https. */
export function authCookieNames() {
  const secure = env().APP_URL.startsWith("https://");
  return {
    secure,
    session: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    csrf: csrfCookieName(secure),
  };
}

/** The Set-Cookie value next-auth's credentials callback would send for this user. */
export async function sessionSetCookie(user: LoginUser): Promise<string> {
  const { secure, session } = authCookieNames();
  const value = await encodeSession({ token: sessionClaims(user), secret: env().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  // Expires (not Max-Age), like next-auth: the cookie dies with the JWT.
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toUTCString();
  return `${session}=${value}; Path=/; Expires=${expires}; HttpOnly; ${secure ? "Secure; " : ""}SameSite=Lax`;
}

/**
 * The CSRF token proxy.ts found or made for this browser, for the login page
 * to render into its form (the matching cookie is on the same response).
 */
export async function currentCsrfToken(): Promise<string | null> {
  return (await headers()).get(LOGIN_CSRF_HEADER);
}
