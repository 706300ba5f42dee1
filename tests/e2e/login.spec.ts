// The login form's requests (SECURITY.md CS-1..3 kept, one POST per login):
// the login page carries next-auth's CSRF token and its response sets the
// matching cookie (proxy.ts), so pressing "Log in" sends exactly one request;
// a browser whose cookie went away meanwhile gets a fresh token and still logs in.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

function authRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith("/api/auth/")) seen.push(`${r.method()} ${pathname}`);
  });
  return seen;
}

async function submit(page: Page) {
  await page.getByLabel("Email", { exact: true }).fill(DEMO_ACCOUNTS.adult);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
}

test("logging in from the login page is one POST: the page carries the CSRF token and sets its cookie", async ({ page }) => {
  const seen = authRequests(page);
  const response = await page.goto("/en/login?callbackUrl=%2Fen%2Fdashboard");
  expect((await response!.headerValue("set-cookie")) ?? "").toMatch(/next-auth\.csrf-token=[^;]+;.*HttpOnly/i);
  await submit(page);
  expect(seen).toEqual(["POST /api/auth/callback/credentials"]);
});

test("a browser whose CSRF cookie is gone since the page loaded gets a fresh token and logs in", async ({ page }) => {
  const seen = authRequests(page);
  await page.goto("/en/login?callbackUrl=%2Fen%2Fdashboard");
  await page.context().clearCookies();
  await submit(page);
  expect(seen).toEqual(["POST /api/auth/callback/credentials", "GET /api/auth/csrf", "POST /api/auth/callback/credentials"]);
});
