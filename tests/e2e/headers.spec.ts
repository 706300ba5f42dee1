// Security headers on the real production build (SECURITY.md HD-1, HD-3..6, SE-1).
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, login, test } from "./fixtures";

test("pages carry a nonce-based CSP without unsafe-eval, and the static security headers", async ({
  request,
}) => {
  const first = await request.get("/en/login");
  const second = await request.get("/en/login");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  // A fresh nonce per request.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);

  const headers = first.headers();
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("the login POST, answered by next-auth's handler, carries the same headers and a request id", async ({
  page,
}) => {
  const answered = page.waitForResponse(
    (r) => r.url().endsWith("/api/auth/callback/credentials") && r.request().method() === "POST",
  );
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  const response = await answered;
  expect(response.status()).toBe(200);
  const headers = await response.allHeaders();
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("authenticated pages are never cached, and the session cookie is HttpOnly and SameSite", async ({
  page,
}) => {
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  const response = await page.request.get("/en/dashboard");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const session = (await page.context().cookies()).find((c) =>
    c.name.endsWith("next-auth.session-token"),
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("an unknown page answers 404 with the translated not-found page, and no stack or framework details", async ({
  page,
}) => {
  // Anonymous visitors of unknown portal paths are sent to login first.
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "fr");
  const response = await page.request.get("/fr/nothing-here");
  expect(response.status()).toBe(404);
  const body = await response.text();
  expect(body).toContain("Page introuvable");
  expect(body).not.toMatch(/prisma|at .*\.js:\d+|node_modules/i);
});

test("pages whose address holds a token send no referrer (HD-4)", async ({ request }) => {
  // The email-change links need a session: their redirect to the login page must not leak the token either.
  for (const path of [
    "/en/reset-password/some-token",
    "/fr/activate/some-token",
    "/en/invitation/some-token",
    "/en/account/email/confirm/some-token",
    "/fr/admin/account/email/confirm/some-token",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
  }
  expect((await request.get("/en/login")).headers()["referrer-policy"]).toBe(
    "strict-origin-when-cross-origin",
  );
});

test("every page names the clinic in its title and links the portal's icon, which answers", async ({
  page,
}) => {
  await page.goto("/fr/login");
  await expect(page).toHaveTitle(/^.+ — Clinique Saint-Laurent$/);
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  await expect(page).toHaveTitle(/^.+ — Clinique Saint-Laurent$/);
});
