import "server-only";
// POST /api/auth/callback/credentials, answered without next-auth's generic
// handler. The contract is next-auth's own — the same form fields, the same
// CSRF double-submit check, the same `{ url }` answers and statuses, the same
// session cookie — so the login form, getServerSession(), the gate and
// proxy.ts are none the wiser. What it saves is per-login work next-auth does
// for every provider (option assembly, cookie and callback plumbing) and, with
// attemptLogin, database round trips: two instead of six on success.
// It has two front doors, which have already refused cross-site requests
// (CS-1..3): Next's route (credentialsLogin) and, in production, the server's
// login lane (lib/auth/login-lane.ts); both call answerLogin.
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { attemptLogin } from "@/lib/auth/login";
import { LOGIN_THROTTLED } from "@/lib/auth/options";
import { csrfTokenFromCookie } from "@/lib/auth/csrf";
import { authCookieNames, sessionSetCookie } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

/** A login form is a few hundred bytes; anything far larger is not one. */
export const MAX_LOGIN_BODY_BYTES = 16 * 1024;

/** A login POST as both front doors see it: Next's route (a Request) and the production server's fast lane (lib/auth/login-lane.ts). */
export type LoginPost = {
  contentType: string | null;
  cookie: string | null;
  /** The form body, already bounded by MAX_LOGIN_BODY_BYTES. */
  body: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

/** The answer, as plain data: each front door writes it its own way. */
export type LoginAnswer = { status: number; headers: [string, string][]; body: string | null };

export async function credentialsLogin(req: Request): Promise<Response> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_LOGIN_BODY_BYTES) return toResponse(tooLarge());
  const body = await req.text();
  if (body.length > MAX_LOGIN_BODY_BYTES) return toResponse(tooLarge());
  const answer = await answerLogin({
    contentType: req.headers.get("content-type"),
    cookie: req.headers.get("cookie"),
    body,
    ip: req.headers.get("x-client-ip"),
    userAgent: req.headers.get("user-agent"),
    requestId: req.headers.get("x-request-id"),
  });
  return toResponse(answer);
}

/** 413, for a body over MAX_LOGIN_BODY_BYTES. */
export const tooLarge = (): LoginAnswer => answer(413, { error: "too large" });

/**
 * The login itself, whichever door it came in by. The caller has already
 * refused cross-site requests (CS-1..3) and bounded the body.
 */
export async function answerLogin(post: LoginPost): Promise<LoginAnswer> {
  const origin = new URL(env().APP_URL).origin;
  const authUrl = `${origin}/api/auth`;
  const body = formBody(post);
  const asJson = body.json === "true";

  // next-auth's double-submit check: the token posted must be the one in the
  // genuine (hash-signed) csrf cookie of this browser.
  const token = csrfTokenFromCookie(cookieOf(post.cookie, authCookieNames().csrf), env().NEXTAUTH_SECRET);
  if (!token || body.csrfToken !== token) return redirect(asJson, 200, `${authUrl}/signin?csrf=true`);

  const result = await attemptLogin({ email: body.email, password: body.password }, { ip: bounded(post.ip), userAgent: bounded(post.userAgent), requestId: bounded(post.requestId) });
  if (!result.ok) {
    // The only two answers a failure can get (AU-4, AU-7), as next-auth words them.
    const error = result.reason === "throttled" ? `error=${LOGIN_THROTTLED}` : "error=CredentialsSignin&provider=credentials";
    return redirect(asJson, 401, `${authUrl}/error?${error}`);
  }
  return redirect(asJson, 200, `${origin}${callbackPath(body.callbackUrl, origin)}`, await sessionSetCookie(result.user));
}

/** A path inside the portal from a relative or same-origin callbackUrl, else "/" (no open redirect). */
function callbackPath(value: string | undefined, origin: string): string {
  if (!value) return "/";
  if (value.startsWith("/")) return safeCallbackUrl(value, "/");
  try {
    const url = new URL(value);
    return url.origin === origin ? safeCallbackUrl(url.pathname + url.search, "/") : "/";
  } catch {
    return "/";
  }
}

function formBody(post: LoginPost): Record<string, string | undefined> {
  if (!post.contentType?.includes("application/x-www-form-urlencoded")) return {};
  return Object.fromEntries(new URLSearchParams(post.body));
}

function cookieOf(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Request headers go into the audit row: a client may send them any length. */
function bounded(value: string | null): string | null {
  return value?.slice(0, 300) ?? null;
}

/** next-auth's answer: `{ url }` for its JavaScript client (json=true), a 302 for a plain form. */
function redirect(asJson: boolean, status: number, url: string, setCookie?: string): LoginAnswer {
  const headers: [string, string][] = [["Cache-Control", "no-store"]];
  if (setCookie) headers.push(["Set-Cookie", setCookie]);
  if (!asJson) return { status: 302, headers: [...headers, ["Location", url]], body: null };
  return answer(status, { url }, headers);
}

function answer(status: number, value: unknown, headers: [string, string][] = [["Cache-Control", "no-store"]]): LoginAnswer {
  const body = JSON.stringify(value);
  // A known small length: Next's compression leaves bodies under 1 KB alone
  // (gzip costs more than it saves on a few bytes).
  return { status, headers: [...headers, ["Content-Type", "application/json"], ["Content-Length", String(Buffer.byteLength(body))]], body };
}

function toResponse({ status, headers, body }: LoginAnswer): Response {
  const h = new Headers();
  for (const [name, value] of headers) h.append(name, value);
  return new Response(body, { status, headers: h });
}
