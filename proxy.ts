// Runs before every page and route: attaches a request id, the CSP nonce and
// the client address; sends anonymous visitors of portal pages to the login
// page (optimistically — the session gate authorizes again where data is
// read); then lets next-intl route /en and /fr.
import { getToken } from "next-auth/jwt";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { ACTION_BODY_LIMIT_BYTES, bodyLimitFor } from "@/lib/actions/body-limit";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { isLocale, routing } from "@/lib/i18n/routing";
import {
  requestedProfile,
  SELECTED_PROFILE_COOKIE,
  SELECTED_PROFILE_HEADER,
} from "@/lib/access/profile-choice";
import { clientIp } from "@/lib/security/client-ip";
import { contentSecurityPolicy, createNonce, hasOwnSecurityPolicy } from "@/lib/security/headers";
import { isSameOrigin } from "@/lib/security/same-origin";

const intl = createMiddleware(routing);

/** Pages anyone may open; every other page under /en or /fr needs a session. */
const PUBLIC_SECTIONS = new Set([
  "",
  "login",
  "register",
  "activate",
  "forgot-password",
  "reset-password",
  "invitation",
  "help",
  "dev",
  "appointment-link",
]);

const TOKEN_PAGE =
  /^\/(en|fr)\/(activate|reset-password|invitation|account\/email\/confirm|admin\/account\/email\/confirm|appointment-link)\/[^/]+$/;

export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const requestId = crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next reads the nonce from the request's CSP header and stamps its scripts with it.
  headers.set("content-security-policy", csp);
  headers.set("x-pathname", pathname + search);
  headers.set("x-client-ip", clientIp(request.headers.get("x-forwarded-for")));
  const [, locale, section = ""] = pathname.split("/");
  // The selected profile (lib/access/profile-choice.ts): a page load whose URL
  // names one chooses it; otherwise the browser's cookie says which. Client
  // navigations and prefetches (RSC requests) never choose: the portal's
  // sidebar, in its layout, is not drawn again for them.
  const chosen =
    request.method === "GET" && !request.headers.has("rsc") && section !== "admin"
      ? requestedProfile(request.nextUrl.searchParams.get("profile"))
      : null;
  const selected = chosen ?? requestedProfile(request.cookies.get(SELECTED_PROFILE_COOKIE)?.value);
  if (selected) headers.set(SELECTED_PROFILE_HEADER, selected);
  else headers.delete(SELECTED_PROFILE_HEADER);

  // The raw path: a percent-encoded segment ("/en/%61dmin") skips these
  // redirects, and the session gate answers alone — an e2e test relies on it
  // to prove that the gate, not this file, protects every page (AC-6).
  let response: NextResponse;
  const refusal = refuseBody(request, pathname);
  if (refusal) {
    response = refusal;
  } else if (pathname.startsWith("/api/")) {
    response = NextResponse.next({ request: { headers } });
  } else if (isLocale(locale) && !PUBLIC_SECTIONS.has(section)) {
    const token = await getToken({
      req: request,
      secret: env().NEXTAUTH_SECRET,
    });
    if (!token) {
      const login = new URL(`/${locale}/login`, request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      response = NextResponse.redirect(login);
    } else if (section === "admin" && token.role === "patient") {
      response = NextResponse.redirect(new URL(`/${locale}/dashboard`, request.url));
    } else {
      response = intl(new NextRequest(request, { headers }));
    }
  } else {
    response = intl(new NextRequest(request, { headers }));
  }

  // The email preview and file downloads set their own, stricter CSP (lib/security/headers.ts).
  if (!hasOwnSecurityPolicy(pathname)) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  if (chosen && response.status === 200)
    response.cookies.set(SELECTED_PROFILE_COOKIE, chosen, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https://"),
      path: "/",
    });
  // Pages whose address holds a secret token never leak it as a referrer (HD-4).
  const tokenPage = TOKEN_PAGE.test(safeDecode(pathname));
  if (tokenPage) response.headers.set("Referrer-Policy", "no-referrer");
  // One access line per request (the load balancer's probe excepted); the path
  // only, since query strings can carry tokens from emailed links, and a token
  // page's last segment (the token itself) is masked: logs are not a key store.
  if (pathname !== "/api/health") {
    const redirect = response.headers.get("location");
    const path = tokenPage ? pathname.replace(/[^/]+$/, "[token]") : pathname;
    log.info("request", {
      requestId,
      method: request.method,
      path,
      ...(redirect ? { redirectedTo: new URL(redirect, request.url).pathname } : {}),
    });
  }
  return response;
}

/**
 * A server action from another site answers 403 and one over the body limit
 * 413, as our other refusals do: left to Next, both fail inside the action
 * handler and answer 500 with an error in the log. Forms check the size
 * themselves first, so a person typing never meets the 413. Any other POST
 * over its route's limit is refused too: only the communication and brand
 * uploads may send files (bodyLimitFor), and each checks its own origin.
 */
function refuseBody(request: NextRequest, pathname: string): NextResponse | null {
  if (request.method !== "POST") return null;
  const action = request.headers.has("next-action");
  if (action && !isSameOrigin(request.headers, env().APP_URL))
    return new NextResponse("Forbidden", { status: 403 });
  const limit = action ? ACTION_BODY_LIMIT_BYTES : bodyLimitFor(pathname);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > limit) return new NextResponse("Payload Too Large", { status: 413 });
  return null;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
