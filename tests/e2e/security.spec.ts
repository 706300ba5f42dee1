// Security properties of the running production build, at the HTTP level
// (SECURITY.md SE-1, CS-1..3, AC-6, AL-8). Logins here go through next-auth's
// endpoints exactly as the login form's signIn() does: GET /api/auth/csrf
// (which sets the csrf cookie), then POST the credentials callback with it.
// What needs the database directly (hash storage, locked accounts, timeouts)
// is in tests/integration/security/.
import type { APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, test } from "./fixtures";

const EVIL = "https://evil.example";

async function apiLogin(request: APIRequestContext, email: string, password: string) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/en/dashboard" },
  });
  expect(response.status()).toBe(200);
  return response;
}

const sessionCookieIn = (setCookies: string[]) =>
  setCookies.find((c) => /next-auth\.session-token=[^;]+/.test(c));
const setCookiesOf = (response: { headersArray(): { name: string; value: string }[] }) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);

test("SE-1: the session cookie is HttpOnly, SameSite=Lax, Path=/, host-only, and not Secure over plain http", async ({
  request,
}) => {
  const response = await apiLogin(request, DEMO_ACCOUNTS.adult, DEMO_PASSWORD);
  const cookie = sessionCookieIn(setCookiesOf(response));
  expect(cookie, "no session cookie was set").toBeDefined();
  const attributes = cookie!.split(";").map((a) => a.trim().toLowerCase());
  expect(attributes[0]).toMatch(/^next-auth\.session-token=/);
  expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
  expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
  // The https variant (__Secure- prefix, Secure) is proven on next-auth's
  // handler in tests/integration/security/session-cookie.test.ts.
});

test.describe("CS-1..3: cross-site requests (auth route handlers, server actions) are refused and change nothing", () => {
  const crossSite: { name: string; headers: Record<string, string> }[] = [
    {
      name: "Origin: https://evil.example",
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    },
    { name: "Origin: null", headers: { origin: "null", "sec-fetch-site": "cross-site" } },
    { name: "no Origin, Sec-Fetch-Site: cross-site", headers: { "sec-fetch-site": "cross-site" } },
  ];

  for (const variant of crossSite) {
    test(`a cross-site login POST (${variant.name}) issues no session`, async ({
      playwright,
      baseURL,
    }) => {
      // A fresh client, as a cross-site form has no csrf cookie: SameSite=Lax
      // keeps next-auth's csrf cookie off cross-site POSTs, so the attacker can
      // only send a token of their own.
      const attacker = await playwright.request.newContext({ baseURL });
      try {
        const response = await attacker.post("/api/auth/callback/credentials", {
          headers: variant.headers,
          form: {
            csrfToken: "attacker-chosen",
            email: DEMO_ACCOUNTS.adult,
            password: DEMO_PASSWORD,
            json: "true",
          },
        });
        // Refused by our same-origin check before next-auth's own CSRF token check.
        expect(response.status()).toBe(403);
        expect(sessionCookieIn(setCookiesOf(response))).toBeUndefined();
        const session = await attacker.get("/api/auth/session");
        expect(await session.json()).toEqual({});
      } finally {
        await attacker.dispose();
      }
    });
  }

  test("a server action POST from another site is refused and has no effect (forgot-password sends nothing)", async ({
    page,
    request,
    mailbox,
    baseURL,
  }) => {
    // A real action id and body, captured from the page's own form and never delivered.
    const target = DEMO_ACCOUNTS.staff;
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/forgot-password", async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"]) {
        captured = {
          url: req.url(),
          headers: req.headers(),
          body: req.postDataBuffer() ?? Buffer.alloc(0),
        };
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await page.goto("/en/forgot-password");
    await page.getByLabel("Email").fill(target);
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect.poll(() => captured !== undefined).toBe(true);
    const action = captured!;
    const since = new Date();
    const headers = {
      "next-action": action.headers["next-action"]!,
      "content-type": action.headers["content-type"]!,
      accept: "text/x-component",
    };

    for (const variant of crossSite) {
      const response = await request.post(action.url, {
        headers: { ...headers, ...variant.headers },
        data: action.body,
        maxRedirects: 0,
      });
      // proxy.ts refuses it before the action runs, like our other refusals (not Next's 500).
      expect(response.status(), variant.name).toBe(403);
      expect(await response.text()).not.toMatch(/Error|at .*:\d+:\d+|node_modules/);
    }
    // Over the body limit, even from the right origin: 413, not "Body exceeded" as a 500.
    const tooLarge = await request.post(action.url, {
      headers: { ...headers, origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(1_100_000),
      maxRedirects: 0,
    });
    expect(tooLarge.status()).toBe(413);
    // Control: the same request from the page's own origin does send the email…
    const control = await request.post(action.url, {
      headers: { ...headers, origin: baseURL! },
      data: action.body,
      maxRedirects: 0,
    });
    expect(control.status()).toBe(200);
    await mailbox.waitFor({ to: target, after: since });
    // …and it is the only one since the cross-site attempts (the worker sends in order).
    const sent = (await mailbox.list(target)).filter((m) => new Date(m.createdAt) >= since);
    expect(sent).toHaveLength(1);
  });

  test("a cross-site sign-out POST leaves the session working", async ({ request }) => {
    await apiLogin(request, DEMO_ACCOUNTS.adult, DEMO_PASSWORD);
    const dashboard = () => request.get("/en/dashboard", { maxRedirects: 0 });
    expect((await dashboard()).status()).toBe(200);
    const signOut = await request.post("/api/auth/signout", {
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
      form: { csrfToken: "attacker-chosen", json: "true" },
    });
    expect(signOut.status()).toBe(403);
    // Had it gone through, the session version would have been bumped and the gate would refuse the cookie.
    expect((await dashboard()).status()).toBe(200);
    expect(
      ((await (await request.get("/api/auth/session")).json()) as { user?: unknown }).user,
    ).toBeDefined();
  });
});

test.describe("AC-6: /admin is not there for patients, even past the proxy", () => {
  test("a patient asking for admin pages is sent away by the proxy, and the pages themselves answer 404", async ({
    page,
  }) => {
    await apiLogin(page.request, DEMO_ACCOUNTS.adult, DEMO_PASSWORD);
    for (const path of [
      "/en/admin",
      "/fr/admin",
      "/en/admin/patients",
      "/en/admin/staff",
      "/en/admin/settings",
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect([307, 308, 404], `${path} answered ${response.status()}`).toContain(response.status());
      if (response.status() !== 404)
        expect(response.headers()["location"] ?? "").not.toMatch(/\/admin/);
    }
    // proxy.ts matches the raw path's "admin" segment; a percent-encoded one
    // ("%61dmin") is not redirected there but is routed to the admin pages:
    // what answers then is the session gate (requireStaff), alone.
    for (const path of [
      "/en/%61dmin",
      "/fr/%61dmin",
      "/en/%61dmin/patients",
      "/en/%61dmin/staff",
      "/en/%61dmin/settings",
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    // What a patient's browser shows there: no staff heading, navigation or counts.
    // (The page's HTML also carries every message of the app for the client, admin labels included: not content.)
    for (const path of ["/en/%61dmin", "/fr/%61dmin"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(
        /Clinic overview|Aperçu de la clinique/,
      );
      await expect(
        page.getByRole("navigation", { name: /Staff sections|Sections du personnel/ }),
      ).toHaveCount(0);
      await expect(page.getByText(/Patient profiles|Profils de patients/)).toHaveCount(0);
    }
  });

  test("the percent-encoded path does reach the admin page (for staff), so the 404 above is the gate's", async ({
    request,
  }) => {
    await apiLogin(request, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    const response = await request.get("/en/%61dmin", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Clinic overview");
  });
});

test("AL-8: a request that makes a route handler throw gets a bare 500, with no stack, SQL, framework or path", async ({
  request,
}) => {
  // Malformed JSON: next-auth's route handler parses the body with req.json() and throws.
  const response = await request.post("/api/auth/session", {
    headers: { "content-type": "application/json" },
    // A Buffer, sent as is (a string would be JSON-encoded into valid JSON).
    data: Buffer.from("{not json"),
  });
  expect(response.status()).toBe(500);
  const body = await response.text();
  expect(body).not.toMatch(
    /SyntaxError|JSON|at .*:\d+:\d+|node_modules|\/work\/|\.next|prisma|next-auth|select |insert /i,
  );
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
