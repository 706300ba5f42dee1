// Forgotten password and credential changes, in English and French, on the
// dedicated demo accounts (DEMO_CREDENTIAL_ACCOUNTS) so no other spec's login
// breaks: forgot → email → reset → login; change password with its "are you
// sure?" step, which logs out a second browser; change email with the code sent
// to the old address and the link sent to the new one. Every page is scanned
// by axe at 360 and 1280 px.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_CREDENTIAL_ACCOUNTS } from "../../lib/demo/credentials";
import { expect, expectNoAxeViolations, login, setViewport, test, type Locale } from "./fixtures";

type Messages = Record<string, Record<string, Record<string, unknown>>>;
const messages = (locale: Locale) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A field by the start of its label (labels end with "(required)"). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${escape(label)}(\\s|\\(|$)`));

async function scanBothWidths(page: Page, context: string) {
  for (const size of ["mobile", "desktop"] as const) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `${context} ${size}` });
  }
}

for (const locale of ["en", "fr"] as Locale[]) {
  const m = messages(locale);
  const text = (ns: string, path: string) =>
    path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m[ns]) as string;
  const t = {
    forgot: (k: string) => text("forgotPassword", k),
    reset: (k: string) => text("resetPassword", k),
    pw: (k: string) => text("credentials", `password.${k}`),
    em: (k: string) => text("credentials", `email.${k}`),
    confirm: (k: string) => text("credentials", `confirm.${k}`),
    profile: (k: string) => text("profileTab", k),
    subject: (k: string) => text("emails", `${k}.subject`),
  };
  const email = DEMO_CREDENTIAL_ACCOUNTS[locale];
  const newEmail = `moved-${locale}@demo.clinic`;
  const resetPassword = `Reset-${locale}-Password-2026!`;
  const changedPassword = `Changed-${locale}-Password-2026?`;

  test.describe(`credentials in ${locale}`, () => {
    test.describe.configure({ mode: "serial" });

    test("forgot password: the same answer for any address, 'try again later' past the limit, then the emailed link resets the password", async ({
      page,
      mailbox,
    }) => {
      test.setTimeout(90_000);
      // From the login page, as the user guide tells.
      await page.goto(`/${locale}/login`);
      await page.getByRole("link", { name: text("login", "forgotPassword") }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/forgot-password$`));
      await expect(page.getByRole("heading", { level: 1, name: t.forgot("title") })).toBeVisible();
      await scanBothWidths(page, `forgot-password ${locale}`);

      // An unknown address gets the very same answer (AU-5).
      await field(page, t.forgot("email")).fill(`nobody-${locale}@demo.clinic`);
      await page.getByRole("button", { name: t.forgot("submit") }).click();
      await expect(page.getByRole("status")).toHaveText(t.forgot("sent"));
      await scanBothWidths(page, `forgot-password sent ${locale}`);

      // Past the per-address limit of link emails (3 an hour), that address,
      // known or not, is told to try again later (AU-8).
      for (let i = 1; i <= 3; i++) {
        await page.goto(`/${locale}/forgot-password`);
        await field(page, t.forgot("email")).fill(`nobody-${locale}@demo.clinic`);
        await page.getByRole("button", { name: t.forgot("submit") }).click();
        if (i < 3) await expect(page.getByRole("status")).toHaveText(t.forgot("sent"));
      }
      await expect(
        page.getByRole("alert").filter({ hasText: text("forms", "errors.emailLimit") }),
      ).toBeVisible();
      await scanBothWidths(page, `forgot-password limit ${locale}`);

      await page.goto(`/${locale}/forgot-password`);
      await field(page, t.forgot("email")).fill(email.toUpperCase());
      await page.getByRole("button", { name: t.forgot("submit") }).click();
      await expect(page.getByRole("status")).toHaveText(t.forgot("sent"));

      const message = await mailbox.waitFor({ to: email, subject: t.subject("passwordReset") });
      const link = mailbox.links(message).find((l) => l.includes("/reset-password/"));
      expect(link, "reset link in the email").toBeDefined();
      await page.goto(link!);
      await expect(page.getByRole("heading", { level: 1, name: t.reset("title") })).toBeVisible();
      await scanBothWidths(page, `reset-password ${locale}`);

      // The rules tick off as the person types; a mismatch is refused.
      await field(page, t.reset("password")).fill(resetPassword);
      await field(page, t.reset("confirmPassword")).fill(resetPassword + "x");
      await page.getByRole("button", { name: t.reset("submit") }).click();
      await expect(page.getByText(text("forms", "errors.mismatch"))).toBeVisible();
      await scanBothWidths(page, `reset-password error ${locale}`);
      await field(page, t.reset("confirmPassword")).fill(resetPassword);
      await page.getByRole("button", { name: t.reset("submit") }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?reset=1$`));
      await expect(
        page.getByRole("status").filter({ hasText: text("login", "passwordReset") }),
      ).toBeVisible();

      // The link worked once.
      await page.goto(link!);
      await expect(page.getByRole("alert").filter({ hasText: t.reset("link.used") })).toBeVisible();
      await scanBothWidths(page, `reset-password used ${locale}`);

      await login(page, email, resetPassword, locale);
      await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
    });

    test("change password: confirmation step, this browser stays in, another is logged out", async ({
      page,
      browser,
      mailbox,
    }) => {
      test.setTimeout(90_000);
      await login(page, email, resetPassword, locale);
      const other = await browser.newPage();
      await login(other, email, resetPassword, locale);

      // The sign-in details are on the account's own profile.
      await page.goto(`/${locale}/profile`);
      await page.getByRole("link", { name: new RegExp(escape(t.profile("editPassword"))) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/account/password$`));
      await expect(page.getByRole("heading", { level: 1, name: t.pw("title") })).toBeVisible();
      await scanBothWidths(page, `change-password ${locale}`);

      await field(page, t.pw("current")).fill(resetPassword);
      await field(page, t.pw("new")).fill(changedPassword);
      await field(page, t.pw("confirm")).fill(changedPassword);
      await page.getByRole("button", { name: t.pw("save") }).click();
      const step = page.getByRole("group", { name: t.pw("confirmTitle") });
      await expect(step).toBeVisible();
      await expect(page.getByRole("heading", { name: t.pw("confirmTitle") })).toBeFocused();
      await scanBothWidths(page, `change-password confirm ${locale}`);
      await page.getByRole("button", { name: t.pw("confirmYes") }).click();
      await expect(page.getByRole("status")).toHaveText(t.pw("done"));
      await mailbox.waitFor({ to: email, subject: t.subject("passwordChanged") });

      // This browser's session was re-issued; the other one is over (SE-7).
      await page.goto(`/${locale}/dashboard`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
      await other.goto(`/${locale}/dashboard`);
      await expect(other).toHaveURL(new RegExp(`/${locale}/login`));
      await other.close();
    });

    test("change email: code to the old address, link to the new one, then log in with the new address", async ({
      page,
      browser,
      mailbox,
    }) => {
      test.setTimeout(90_000);
      await login(page, email, changedPassword, locale);
      await page.goto(`/${locale}/profile`);
      await page.getByRole("link", { name: new RegExp(escape(t.profile("editEmail"))) }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.em("title") })).toBeVisible();
      await scanBothWidths(page, `change-email ${locale}`);

      // The wrong password is a field error, and nothing is sent.
      await field(page, t.em("current")).fill("Not-my-password-1!");
      await field(page, t.em("new")).fill(newEmail);
      await field(page, t.em("confirm")).fill(newEmail);
      await page.getByRole("button", { name: t.em("save") }).click();
      await expect(page.getByText(text("credentials", "errors.wrongPassword"))).toBeVisible();
      await scanBothWidths(page, `change-email error ${locale}`);

      await field(page, t.em("current")).fill(changedPassword);
      await page.getByRole("button", { name: t.em("save") }).click();
      await expect(page.getByRole("status")).toHaveText(t.em("sent"));

      const codeMail = await mailbox.waitFor({ to: email, subject: t.subject("emailChangeCode") });
      const code = /\b(\d{6})\b/.exec(codeMail.text)?.[1];
      expect(code, "code in the email to the old address").toBeDefined();
      const linkMail = await mailbox.waitFor({
        to: newEmail,
        subject: t.subject("emailChangeLink"),
      });
      const link = mailbox.links(linkMail).find((l) => l.includes("/account/email/confirm/"));
      expect(link, "link in the email to the new address").toBeDefined();

      // Opening the link changes nothing (AU-18): the profile still shows the old address.
      await page.goto(link!);
      await expect(page.getByRole("heading", { level: 1, name: t.confirm("title") })).toBeVisible();
      await scanBothWidths(page, `confirm-email ${locale}`);
      await field(page, t.confirm("code")).fill(code === "000000" ? "111111" : "000000");
      await page.getByRole("button", { name: t.confirm("submit") }).click();
      await expect(page.getByText(text("credentials", "errors.wrongCode"))).toBeVisible();
      await field(page, t.confirm("code")).fill(code!);
      await page.getByRole("button", { name: t.confirm("submit") }).click();
      await expect(page).toHaveURL(
        new RegExp(`/${locale}/profile\\?profile=[^&]+&emailChanged=1$`),
      );
      await expect(page.getByRole("status")).toContainText(newEmail);
      await mailbox.waitFor({ to: email, subject: t.subject("emailChanged") });
      await mailbox.waitFor({ to: newEmail, subject: t.subject("emailChanged") });

      // This browser stays signed in (its session was re-issued) and shows the new address.
      await page.goto(`/${locale}/profile`);
      await expect(page.getByText(newEmail, { exact: true })).toBeVisible();

      const fresh = await browser.newPage();
      await login(fresh, newEmail, changedPassword, locale);
      await expect(fresh).toHaveURL(new RegExp(`/${locale}/dashboard$`));
      await fresh.close();
    });
  });
}
