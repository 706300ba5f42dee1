// next-auth's CSRF double-submit cookie, `token|sha256(token + secret)`, made
// and checked here too: proxy.ts gives a browser opening the login page its
// cookie and the page its token, so the form posts once, without first asking
// GET /api/auth/csrf; the login route checks the pair as next-auth does.
// Pure (no env, no request): proxy.ts imports it.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The request header proxy.ts hands the login page its token in (always overwritten there). */
export const LOGIN_CSRF_HEADER = "x-login-csrf-token";

/** next-auth's name: host-bound (`__Host-`) when the portal is served over https. */
export function csrfCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.csrf-token`;
}

const hashOf = (token: string, secret: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");

/** The token of a genuine csrf cookie value, else null. */
export function csrfTokenFromCookie(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const [token, hash] = cookieValue.split("|");
  if (!token || !hash) return null;
  const [given, wanted] = [Buffer.from(hash), Buffer.from(hashOf(token, secret))];
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
  return token;
}

/** This browser's token: from its genuine cookie, or a new one with the cookie value to set (as next-auth makes it). */
export function loginCsrf(cookieValue: string | undefined, secret: string): { token: string; newCookieValue?: string } {
  const token = csrfTokenFromCookie(cookieValue, secret);
  if (token) return { token };
  const fresh = randomBytes(32).toString("hex");
  return { token: fresh, newCookieValue: `${fresh}|${hashOf(fresh, secret)}` };
}
