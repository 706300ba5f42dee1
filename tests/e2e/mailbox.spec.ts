// The local mailbox (demo and development) previews an email's HTML in a
// sandboxed iframe whose src is its own route, with its own CSP: the email's
// inline styles apply there while the page keeps its nonce CSP (a srcdoc
// frame inherited the page's CSP, which blocked them: a blank preview).
import { readFileSync } from "node:fs";
import { DEMO_ACCOUNTS } from "../../lib/demo/credentials";
import { expect, test } from "./fixtures";

const en = JSON.parse(
  readFileSync("messages/en.json", "utf8"),
) as typeof import("../../messages/en.json");

test("an email's preview is its own sandboxed document, styled, under its own CSP", async ({
  page,
  mailbox,
}) => {
  const since = new Date(Date.now() - 1000);
  await page.goto("/en/forgot-password");
  await page.getByLabel(en.forgotPassword.email).fill(DEMO_ACCOUNTS.adult);
  await page.getByRole("button", { name: en.forgotPassword.submit }).click();
  await expect(page.getByRole("status")).toHaveText(en.forgotPassword.sent);
  const message = await mailbox.waitFor({
    to: DEMO_ACCOUNTS.adult,
    subject: en.emails.passwordReset.subject,
    after: since,
  });

  await page.goto(`/en/dev/mailbox/${message.id}`);
  const src = `/api/dev/mailbox/${message.id}/html`;
  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("src", src);
  await expect(frame).toHaveAttribute("sandbox", "");
  // The email's inline styles apply: its heading is 24px (an unstyled h1 is 32px).
  const heading = page
    .frameLocator("iframe")
    .getByRole("heading", { level: 1, name: en.emails.passwordReset.heading });
  await expect(heading).toBeVisible();
  await expect(heading).toHaveCSS("font-size", "24px");

  const response = await page.request.get(src);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/html; charset=utf-8");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'none'", "style-src 'unsafe-inline'", "sandbox"])
    expect(csp).toContain(directive);
  expect(csp).not.toContain("script-src");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  // The page itself keeps its nonce CSP, not loosened for the email.
  const pageCsp = (await page.request.get(`/en/dev/mailbox/${message.id}`)).headers()[
    "content-security-policy"
  ];
  expect(pageCsp).toMatch(/style-src 'self' 'nonce-/);
  expect(pageCsp).not.toContain("unsafe-inline");
});
