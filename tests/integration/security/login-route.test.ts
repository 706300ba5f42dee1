// The lean credentials login (POST /api/auth/callback/credentials answered by
// lib/auth/login-route.ts) keeps next-auth's contract and the app's login
// rules: the CSRF double-submit check, one generic failure (AU-4), the
// throttle (AU-7), an audit event per attempt (AL-2), the session cookie
// next-auth would write (SE-1) and that the gate accepts (with getServerSession
// given the cookie, as in session-gate.test.ts), no open redirect.
// Requests are real Request objects handed to the handler the route calls.
import { decode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { env } from "@/lib/env";
import { uniqueEmail } from "../harness";
import { callNextAuth, signInWithNextAuth } from "./next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) => (await import("../session-stand-in")).nextAuthReading(await original(), request));

const { credentialsLogin } = await import("@/lib/auth/login-route");
const { getSessionAccount } = await import("@/lib/auth/gate");

const PASSWORD = "Lean-login-password-2026";
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(async () => {
  request.cookies = {};
  await db().throttleBucket.deleteMany({});
});

/** A browser that opened the login page: next-auth's csrf cookie and its token. */
async function browser() {
  const csrf = await callNextAuth("GET", "csrf");
  const cookie = csrf.setCookies.find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  return { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, cookie: `${cookie.name}=${encodeURIComponent(cookie.value)}` };
}

type Form = { email: string; password: string; csrfToken?: string; callbackUrl?: string; json?: string };

async function post(form: Form, init: { cookie?: string; ip?: string; requestId?: string } = {}) {
  const body = new URLSearchParams({ json: "true", callbackUrl: "/en/dashboard", ...form } as Record<string, string>);
  const response = await credentialsLogin(
    new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "user-agent": "integration-test",
        "x-client-ip": init.ip ?? "192.0.2.40",
        ...(init.requestId ? { "x-request-id": init.requestId } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
      body,
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { url: string }) : null,
    location: response.headers.get("location"),
    setCookies: response.headers.getSetCookie(),
  };
}

async function login(email: string, password: string, extra: Partial<Form> = {}, init: { ip?: string; requestId?: string } = {}) {
  const b = await browser();
  return post({ email, password, csrfToken: b.csrfToken, ...extra }, { cookie: b.cookie, ...init });
}

const origin = () => new URL(env().APP_URL).origin;
const sessionValue = (setCookies: string[]) => setCookies.find((c) => c.startsWith("next-auth.session-token="))?.split(";")[0]!.split("=")[1];

describe("a successful login", () => {
  it("issues next-auth's session cookie, which the gate accepts, and writes login time, throttle reset and audit in one go", async () => {
    const email = uniqueEmail("lean");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    await db().throttleBucket.create({ data: { key: `login:account:${account.id}`, count: 3 } });
    const before = new Date();
    const reply = await login(email, PASSWORD, {}, { requestId: "req-lean-1" });

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ url: `${origin()}/en/dashboard` });
    // Same name and attributes as the cookie next-auth's handler writes (SE-1).
    const ours = reply.setCookies.find((c) => c.startsWith("next-auth.session-token="))!;
    const theirs = (await signInWithNextAuth(email, PASSWORD)).sessionCookie!;
    const attributes = (raw: string) => raw.split(";").slice(1).map((a) => a.trim().split("=")[0]!.toLowerCase()).sort();
    expect(attributes(ours)).toEqual(attributes(theirs.raw));
    expect(ours).toMatch(/; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);

    const value = sessionValue(reply.setCookies)!;
    const token = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
    expect(token).toMatchObject({ sub: account.id, role: "patient", sv: account.sessionVersion });
    expect(Math.abs(token!.at! * 1000 - Date.now())).toBeLessThan(60_000);
    request.cookies = { "next-auth.session-token": value };
    expect((await getSessionAccount())?.id).toBe(account.id);

    const row = await db().account.findUniqueOrThrow({ where: { id: account.id }, select: { lastLoginAt: true, lastSeenAt: true } });
    expect(row.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(row.lastSeenAt).toEqual(row.lastLoginAt);
    expect(await db().throttleBucket.count({ where: { key: `login:account:${account.id}` } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { actorAccountId: account.id, action: "login", requestId: "req-lean-1" } });
    expect(audit).toMatchObject({ actorRole: "patient", resourceType: "session", outcome: "success", ip: "192.0.2.40", userAgent: "integration-test" });
  });

  it("answers a plain (non-JavaScript) form with a 302, like next-auth", async () => {
    const email = uniqueEmail("plain");
    await createPatient(clinicId, { email, password: PASSWORD });
    const reply = await login(email, PASSWORD, { json: "false" });
    expect(reply.status).toBe(302);
    expect(reply.location).toBe(`${origin()}/en/dashboard`);
    expect(sessionValue(reply.setCookies)).toBeDefined();
  });

  it("never redirects off the portal, whatever the callbackUrl", async () => {
    const email = uniqueEmail("redirect");
    await createPatient(clinicId, { email, password: PASSWORD });
    for (const callbackUrl of ["https://evil.example/en/dashboard", "//evil.example/en", "/\\evil.example", "javascript:alert(1)", "/api/auth/signout"]) {
      const reply = await login(email, PASSWORD, { callbackUrl });
      expect(reply.body, callbackUrl).toEqual({ url: `${origin()}/` });
    }
    expect((await login(email, PASSWORD, { callbackUrl: `${origin()}/fr/appointments?x=1` })).body).toEqual({ url: `${origin()}/fr/appointments?x=1` });
  });
});

describe("CSRF double-submit, as next-auth checks it", () => {
  it("issues nothing and touches nothing without the token of a genuine csrf cookie", async () => {
    const email = uniqueEmail("csrf");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const b = await browser();
    const other = await browser();
    const forged = `next-auth.csrf-token=${encodeURIComponent(`${b.csrfToken}|${"0".repeat(64)}`)}`;
    const cases = [
      post({ email, password: PASSWORD, csrfToken: b.csrfToken }), // no cookie
      post({ email, password: PASSWORD }, { cookie: b.cookie }), // no token
      post({ email, password: PASSWORD, csrfToken: other.csrfToken }, { cookie: b.cookie }), // another browser's token
      post({ email, password: PASSWORD, csrfToken: b.csrfToken }, { cookie: forged }), // a cookie not signed with the secret
    ];
    for (const reply of await Promise.all(cases)) {
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ url: `${origin()}/api/auth/signin?csrf=true` });
      expect(reply.setCookies).toEqual([]);
    }
    expect(await db().auditEvent.count({ where: { actorAccountId: account.id } })).toBe(0);
    expect((await db().account.findUniqueOrThrow({ where: { id: account.id } })).lastLoginAt).toBeNull();
  });
});

describe("failures (AU-4, AU-7)", () => {
  it("answers a wrong password, an unknown email and an unactivated account identically", async () => {
    const active = uniqueEmail("fail-active");
    const pending = uniqueEmail("fail-pending");
    await createPatient(clinicId, { email: active, password: PASSWORD });
    await createPatient(clinicId, { email: pending, password: PASSWORD, status: "pending" });
    const replies = [await login(active, "Wrong-password-1"), await login(uniqueEmail("fail-unknown"), PASSWORD), await login(pending, PASSWORD)];
    for (const reply of replies) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ url: `${origin()}/api/auth/error?error=CredentialsSignin&provider=credentials` });
      expect(reply.setCookies).toEqual([]);
    }
  });

  it("throttles an account past 5 failures, then even the right password, and audits each attempt", async () => {
    const email = uniqueEmail("fail-throttle");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await login(email, `Wrong-${i}-password`, {}, { ip: `198.51.100.${i}` })).status).toBe(401);
    expect((await login(email, "Wrong-6-password", {}, { ip: "198.51.100.6" })).body).toEqual({ url: `${origin()}/api/auth/error?error=throttled` });
    const blocked = await login(email, PASSWORD, {}, { ip: "203.0.113.9" });
    expect(blocked.status).toBe(401);
    expect(blocked.body).toEqual({ url: `${origin()}/api/auth/error?error=throttled` });
    expect(blocked.setCookies).toEqual([]);
    const outcomes = await db().auditEvent.findMany({ where: { actorAccountId: account.id, action: "login" }, select: { outcome: true }, orderBy: { id: "asc" } });
    expect(outcomes.map((o) => o.outcome)).toEqual(["failure", "failure", "failure", "failure", "failure", "denied", "denied"]);
  });
});
