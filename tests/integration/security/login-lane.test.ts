// The production server's login fast lane (lib/auth/login-lane.ts, run by
// server.ts) over real HTTP: a node:http server with the lane, as server.ts
// mounts it, and raw requests to it. It must give the login POST what Next's
// path gives it — the same-origin refusal (CS-1..3), a bounded body, the
// security headers (HD-*), a request id that the audit row carries, the
// client address as Next passes it — around the shared login handler, whose
// rules login-route.test.ts proves.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loginCsrf } from "@/lib/auth/csrf";
import { isLoginPost, LOGIN_PATH, serveLogin } from "@/lib/auth/login-lane";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { env } from "@/lib/env";
import { uniqueEmail } from "../harness";

const PASSWORD = "Lane-login-password-2026";
let server: Server;
let base: string;
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  // As server.ts mounts it; anything else gets a 404 here (Next's side is not under test).
  server = createServer((req, res) => {
    if (isLoginPost(req)) void serveLogin(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(async () => {
  await db().throttleBucket.deleteMany({});
});

const origin = () => new URL(env().APP_URL).origin;

/** A browser with next-auth's csrf cookie and its token, as the login page gives them. */
function browser() {
  const { token, newCookieValue } = loginCsrf(undefined, env().NEXTAUTH_SECRET);
  return { csrfToken: token, cookie: `next-auth.csrf-token=${encodeURIComponent(newCookieValue!)}` };
}

async function post(form: Record<string, string>, headers: Record<string, string> = {}, path = LOGIN_PATH) {
  const b = browser();
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: origin(), cookie: b.cookie, "user-agent": "lane-test", ...headers },
    body: new URLSearchParams({ csrfToken: b.csrfToken, json: "true", callbackUrl: "/en/dashboard", ...form }),
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("the login fast lane", () => {
  it("logs in with the shared handler, and adds the request id, the security headers and the client address", async () => {
    const email = uniqueEmail("lane");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const reply = await post({ email, password: PASSWORD });

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ url: `${origin()}/en/dashboard` });
    expect(reply.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    // HD-*: what next.config.ts and proxy.ts give every other response.
    expect(reply.headers.get("strict-transport-security")).toContain("max-age=");
    expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
    expect(reply.headers.get("x-frame-options")).toBe("DENY");
    expect(reply.headers.get("content-security-policy")).toContain("default-src 'self'");
    const requestId = reply.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    // The audit row carries that request id and the socket's address (no X-Forwarded-For was sent).
    const audit = await db().auditEvent.findFirstOrThrow({ where: { actorAccountId: account.id, action: "login" } });
    expect(audit).toMatchObject({ outcome: "success", requestId, userAgent: "lane-test" });
    expect(audit.ip).toMatch(/127\.0\.0\.1$/);
  });

  it("takes the client address from X-Forwarded-For as Next's path does (TRUSTED_PROXY_HOPS from the right)", async () => {
    const email = uniqueEmail("lane-xff");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    await post({ email, password: PASSWORD }, { "x-forwarded-for": "198.51.100.7, 203.0.113.9" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { actorAccountId: account.id, action: "login" } });
    expect(audit.ip).toBe("203.0.113.9");
  });

  it("answers a wrong password with next-auth's one generic failure, and audits it", async () => {
    const email = uniqueEmail("lane-wrong");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const reply = await post({ email, password: "Not-the-password-1" });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.text)).toEqual({ url: `${origin()}/api/auth/error?error=CredentialsSignin&provider=credentials` });
    expect(reply.headers.getSetCookie()).toEqual([]);
    expect(await db().auditEvent.count({ where: { actorAccountId: account.id, action: "login", outcome: "failure" } })).toBe(1);
  });

  it("refuses a cross-site POST (CS-1..3) before reading any credentials", async () => {
    const email = uniqueEmail("lane-cross");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }]) {
      const reply = await post({ email, password: PASSWORD }, headers);
      expect(reply.status, headers.origin).toBe(403);
      expect(reply.headers.getSetCookie()).toEqual([]);
      expect(reply.headers.get("x-request-id")).toBeTruthy();
    }
    expect(await db().auditEvent.count({ where: { actorAccountId: account.id } })).toBe(0);
  });

  it("refuses a body over 16 KiB with 413 and writes nothing", async () => {
    const email = uniqueEmail("lane-large");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const reply = await post({ email, password: PASSWORD, padding: "x".repeat(17 * 1024) });
    expect(reply.status).toBe(413);
    expect(reply.headers.getSetCookie()).toEqual([]);
    expect(await db().auditEvent.count({ where: { actorAccountId: account.id } })).toBe(0);
  });

  it("takes only the login form's POST: other methods and paths are left to Next", () => {
    const req = (method: string, url: string) => ({ method, url }) as Parameters<typeof isLoginPost>[0];
    expect(isLoginPost(req("POST", LOGIN_PATH))).toBe(true);
    expect(isLoginPost(req("GET", LOGIN_PATH))).toBe(false);
    expect(isLoginPost(req("POST", `${LOGIN_PATH}?x=1`))).toBe(false);
    expect(isLoginPost(req("POST", "/api/auth/callback/credentials/"))).toBe(false);
    expect(isLoginPost(req("POST", "/api/auth/signout"))).toBe(false);
  });
});
