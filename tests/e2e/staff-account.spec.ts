// A new staff member, in both languages: an admin adds them (never setting a
// password, AU-21); the welcome email's link opens the page where they choose
// one; they log in to /admin, open "My account" (axe at 360 and 1280 px),
// change their password there after the "are you sure?" step, which logs out
// their other browser, then their sign-in email (code to the old address, link
// to the new one, opened on the staff side).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, expectNoAxeViolations, login, setViewport, test, type Locale } from "./fixtures";

type Tree = { [key: string]: string | Tree };
const messages = (locale: Locale) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;
const at = (tree: Tree, path: string) =>
  path.split(".").reduce<string | Tree>((node, key) => (node as Tree)[key]!, tree) as string;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A field by the start of its label (required fields end with a marker). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${escape(label)}(\\s|\\(|\\*|$)`));

for (const locale of ["en", "fr"] as Locale[]) {
  const m = messages(locale);
  const t = (path: string) => at(m, path);

  test(`an admin adds a staff member, who chooses a password from the welcome email and changes it in My account (${locale})`, async ({
    page,
    browser,
    mailbox,
  }) => {
    test.slow();
    const email = `staff-${locale}-${randomBytes(4).toString("hex")}@demo.clinic`;
    const first = `First-${locale}-Password-2026!`;
    const second = `Second-${locale}-Password-2026?`;

    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
    await page.goto(`/${locale}/admin/staff`);
    await field(page, t("adminStaff.email")).fill(email);
    await page.getByLabel(new RegExp(`^${escape(t("adminStaff.language"))}`)).selectOption(locale);
    await page.getByRole("button", { name: t("adminStaff.add") }).click();
    await expect(page.getByText(t("adminStaff.added"))).toBeVisible();

    // The welcome email, in the member's language, links to choosing a password.
    const welcome = await mailbox.waitFor({ to: email, subject: t("emails.staffWelcome.subject") });
    const link = mailbox.links(welcome).find((l) => l.includes("/reset-password/"));
    expect(link, "a link to choose a password").toBeDefined();
    const member = await browser.newPage();
    try {
      await member.goto(new URL(link!).pathname);
      await expect(
        member.getByRole("heading", { level: 1, name: t("resetPassword.title") }),
      ).toBeVisible();
      await field(member, t("resetPassword.password")).fill(first);
      await field(member, t("resetPassword.confirmPassword")).fill(first);
      await member.getByRole("button", { name: t("resetPassword.submit") }).click();
      await expect(member.getByText(t("login.passwordReset"))).toBeVisible();

      // Logged in with the chosen password: the staff area, and My account.
      await login(member, email, first, locale);
      await expect(member).toHaveURL(new RegExp(`/${locale}/admin`));
      await member.getByRole("link", { name: t("admin.nav.account") }).click();
      await expect(
        member.getByRole("heading", { level: 1, name: t("admin.account.title") }),
      ).toBeVisible();
      await expect(member.getByText(email)).toBeVisible();
      for (const size of ["mobile", "desktop"] as const) {
        await setViewport(member, size);
        await expectNoAxeViolations(member, { context: `staff account ${locale} ${size}` });
      }

      // A second browser of the same member, logged out by the change.
      const other = await browser.newPage();
      try {
        await login(other, email, first, locale);
        await field(member, t("credentials.password.current")).fill(first);
        await field(member, t("credentials.password.new")).fill(second);
        await field(member, t("credentials.password.confirm")).fill(second);
        await member.getByRole("button", { name: t("credentials.password.save") }).click();
        await expect(
          member.getByRole("heading", { name: t("credentials.password.confirmTitle") }),
        ).toBeFocused();
        await expectNoAxeViolations(member, { context: `staff password confirm ${locale}` });
        await member.getByRole("button", { name: t("credentials.password.confirmYes") }).click();
        await expect(member.getByText(t("credentials.password.done"))).toBeVisible();
        await member.getByRole("link", { name: t("admin.account.backToAdmin") }).click();
        await expect(member).toHaveURL(new RegExp(`/${locale}/admin$`));

        await other.goto(`/${locale}/admin/account`);
        await expect(other).toHaveURL(/\/login/);
      } finally {
        await other.close();
      }

      // The sign-in email: a code to the old address, a link to the new one, opened on the staff side.
      const moved = `moved-${email}`;
      await member.goto(`/${locale}/admin/account`);
      await member
        .getByRole("link", { name: new RegExp(escape(t("admin.account.changeEmailLabel"))) })
        .click();
      await expect(
        member.getByRole("heading", { level: 1, name: t("credentials.email.title") }),
      ).toBeVisible();
      await expectNoAxeViolations(member, { context: `staff change email ${locale}` });
      await field(member, t("credentials.email.current")).fill(second);
      await field(member, t("credentials.email.new")).fill(moved);
      await field(member, t("credentials.email.confirm")).fill(moved);
      await member.getByRole("button", { name: t("credentials.email.save") }).click();
      await expect(member.getByRole("status")).toHaveText(t("credentials.email.sent"));
      const codeMail = await mailbox.waitFor({
        to: email,
        subject: t("emails.emailChangeCode.subject"),
      });
      const code = /\b(\d{6})\b/.exec(codeMail.text)?.[1];
      const linkMail = await mailbox.waitFor({
        to: moved,
        subject: t("emails.emailChangeLink.subject"),
      });
      const confirmLink = mailbox
        .links(linkMail)
        .find((l) => l.includes("/admin/account/email/confirm/"));
      expect(confirmLink, "a link to the staff side").toBeDefined();
      await member.goto(new URL(confirmLink!).pathname);
      await expect(
        member.getByRole("heading", { level: 1, name: t("credentials.confirm.title") }),
      ).toBeVisible();
      await expectNoAxeViolations(member, { context: `staff confirm email ${locale}` });
      await field(member, t("credentials.confirm.code")).fill(code!);
      await member.getByRole("button", { name: t("credentials.confirm.submit") }).click();
      await expect(member).toHaveURL(new RegExp(`/${locale}/admin/account\\?emailChanged=1$`));
      await expect(
        member.getByText(t("admin.account.emailChanged").replace("{email}", moved)),
      ).toBeVisible();
    } finally {
      await member.close();
    }
  });
}
