import "server-only";
// What the portal's session JWT carries, and the names of next-auth's cookies:
// shared by next-auth's callbacks (lib/auth/options.ts) and the session
// re-issue after a credentials change (lib/credentials/session-cookie.ts).
import type { LoginUser } from "@/lib/auth/login";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

/** Eight hours of absolute lifetime; the session gate re-checks the account on every request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** What a session JWT carries besides next-auth's own claims (iat, exp, jti). */
export function sessionClaims(user: LoginUser) {
  // `at`, the login time, bounds the absolute session lifetime (next-auth's
  // own expiry slides with activity).
  return {
    sub: user.id,
    role: user.role,
    sv: user.sv,
    at: Math.floor(now().getTime() / 1000),
  };
}

/** next-auth uses `__Secure-` cookies exactly when its URL (APP_URL) is https. */
export function authCookieNames() {
  const secure = env().APP_URL.startsWith("https://");
  return {
    secure,
    session: `${secure ? "__Secure-" : ""}next-auth.session-token`,
  };
}
