// The login form is next-auth's own client (signIn("credentials")), posting to
// next-auth's own handler, on the server `npm start` runs: one credentials POST
// per login, with the CSRF pair next-auth's client fetched first.
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

test("logging in goes through next-auth: its CSRF pair, then one credentials POST", async ({
  page,
}) => {
  const seen = authRequests(page);
  await page.goto("/en/login?callbackUrl=%2Fen%2Fdashboard");
  await submit(page);
  const posts = seen.filter((r) => r.startsWith("POST "));
  expect(posts).toEqual(["POST /api/auth/callback/credentials"]);
  expect(seen.indexOf("GET /api/auth/csrf")).toBeGreaterThan(-1);
  expect(seen.indexOf("GET /api/auth/csrf")).toBeLessThan(
    seen.indexOf("POST /api/auth/callback/credentials"),
  );
});
