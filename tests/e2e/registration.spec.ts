// Self-registration end to end, in English and French: register → the
// activation email → the activation button → login → terms → dashboard; the
// under-age refusal; the identical answer for a taken address (AU-6); the
// login throttle (AU-7); axe on every page of the flow at 360 and 1280 px.
import { readFileSync } from "node:fs";
import { DEMO_ACCOUNTS } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";
import type { Page } from "@playwright/test";

// Read at run time: Playwright's loader needs import attributes for JSON modules.
type Messages = typeof import("../../messages/en.json");
const load = (locale: string) =>
  JSON.parse(
    readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Messages;
const messages = { en: load("en"), fr: load("fr") };
const PASSWORD = "Maple-syrup-42!";

/** A form field by its label, with or without the "(required)" that a mandatory field adds for screen readers. */
function field(page: Page, locale: Locale, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByLabel(
    new RegExp(`^${escaped}( ?\\*)?( ?\\(${messages[locale].forms.required}\\))?$`),
  );
}

function uniqueEmail(name: string) {
  return `${name}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.test`;
}

async function fillRegistration(
  page: Page,
  locale: Locale,
  values: { email: string; dateOfBirth?: string },
) {
  const f = messages[locale].register.fields;
  await field(page, locale, f.email).fill(values.email);
  await field(page, locale, f.emailConfirm).fill(values.email);
  await field(page, locale, f.password).fill(PASSWORD);
  await field(page, locale, f.passwordConfirm).fill(PASSWORD);
  await field(page, locale, f.firstName).fill("Camille");
  await field(page, locale, f.lastName).fill("Gagnon");
  await field(page, locale, f.dateOfBirth).fill(values.dateOfBirth ?? "1988-04-12");
  await field(page, locale, f.primaryPhone).fill("5145550123");
  await field(page, locale, f.secondaryPhone).fill("438-555-0199");
  await field(page, locale, f.secondaryPhoneType).selectOption("office");
  await field(page, locale, f.postalCode).fill("h2x1y4");
  await field(page, locale, f.postalCode).blur();
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = messages[locale];

  test.describe(`registration in ${locale}`, () => {
    test("register, activate from the email, accept the terms, reach the dashboard; then the login is throttled", async ({
      page,
      mailbox,
      browser,
    }) => {
      test.setTimeout(120_000);
      const email = uniqueEmail(`reg-${locale}`);
      await page.goto(`/${locale}/login`);
      await page.getByRole("link", { name: t.login.createAccount }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.register.title })).toBeVisible();

      const submit = page.getByRole("button", { name: t.register.submit });
      await expect(submit).toBeDisabled();
      await fillRegistration(page, locale, { email });
      // Typed loosely, shown in the stored format.
      await expect(field(page, locale, t.register.fields.secondaryPhone)).toHaveValue(
        "(438) 555-0199",
      );
      await expect(field(page, locale, t.register.fields.postalCode)).toHaveValue("H2X 1Y4");
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(page.getByRole("heading", { name: t.register.done.title })).toBeVisible();
      await expect(page.getByText(t.register.done.spam)).toBeVisible();

      const mail = await mailbox.waitFor({
        to: email,
        subject: t.emails.accountActivation.subject,
      });
      const link = mailbox.links(mail).find((l) => l.includes("/activate/"));
      expect(link, "activation link in the email").toBeTruthy();
      const activatePath = new URL(link!).pathname;
      await page.goto(activatePath);
      await expect(page.getByRole("heading", { level: 1, name: t.activate.title })).toBeVisible();
      for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
        await setViewport(page, size);
        await expectNoAxeViolations(page, { context: `activate ${locale} ${size}` });
      }
      await page.getByRole("button", { name: t.activate.submit }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?activated=1`));
      await expect(page.getByRole("status").filter({ hasText: t.login.activated })).toBeVisible();

      // The link works once.
      await page.goto(activatePath);
      await expect(page.getByText(t.activate.problem.used)).toBeVisible();

      await page.goto(`/${locale}/login`);
      await page.getByLabel(t.login.email, { exact: true }).fill(email);
      await page.getByLabel(t.login.password, { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: t.login.submit, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/terms`));
      await expect(page.getByRole("heading", { level: 1, name: t.terms.title })).toBeVisible();
      for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
        await setViewport(page, size);
        await expectNoAxeViolations(page, { context: `terms ${locale} ${size}` });
      }
      const accept = page.getByRole("button", { name: t.terms.submit });
      await expect(accept).toBeDisabled();
      await page.getByLabel(t.terms.accept).check();
      await accept.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));

      // AU-7: in a fresh browser, 6 wrong passwords, then even the right one is refused.
      const context = await browser.newContext({ baseURL: new URL(page.url()).origin });
      const other = await context.newPage();
      await other.goto(`/${locale}/login`);
      // The form's own alert (Next's route announcer is an alert too).
      const alert = other.locator("form").getByRole("alert");
      const tryLogin = async (password: string, expected: string) => {
        await other.getByLabel(t.login.email, { exact: true }).fill(email);
        await other.getByLabel(t.login.password, { exact: true }).fill(password);
        // Clicking waits for the button to be enabled again: one attempt at a time.
        await other.getByRole("button", { name: t.login.submit, exact: true }).click();
        await expect(alert).toHaveText(expected);
      };
      for (let i = 1; i <= 5; i++) await tryLogin(`Wrong-password-${i}!`, t.login.error);
      await tryLogin("Wrong-password-6!", t.login.throttled);
      await other.getByLabel(t.login.password, { exact: true }).fill(PASSWORD);
      const answered = other.waitForResponse((r) =>
        r.url().includes("/api/auth/callback/credentials"),
      );
      await other.getByRole("button", { name: t.login.submit, exact: true }).click();
      expect(((await (await answered).json()) as { url: string }).url).toContain("error=throttled");
      await expect(alert).toHaveText(t.login.throttled);
      await expect(other).toHaveURL(new RegExp(`/${locale}/login`));
      await context.close();
    });

    test("refuses a child under the age of consent and explains the parent's account", async ({
      page,
    }) => {
      await page.goto(`/${locale}/register`);
      const dob = new Date();
      dob.setFullYear(dob.getFullYear() - 10);
      await field(page, locale, t.register.fields.dateOfBirth).fill(dob.toISOString().slice(0, 10));
      await field(page, locale, t.register.fields.dateOfBirth).blur();
      const message = t.register.errors.underAge.replace("{age}", "14");
      await expect(page.getByText(message)).toBeVisible();
      await expect(field(page, locale, t.register.fields.dateOfBirth)).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(page.getByRole("button", { name: t.register.submit })).toBeDisabled();
    });

    test("answers a taken address exactly like a new one (AU-6)", async ({ page, mailbox }) => {
      const answer = async (email: string) => {
        await page.goto(`/${locale}/register`);
        await fillRegistration(page, locale, { email });
        await page.getByRole("button", { name: t.register.submit }).click();
        const status = page
          .getByRole("status")
          .filter({ has: page.getByRole("heading", { name: t.register.done.title }) });
        await expect(status).toBeVisible();
        return (await status.innerText()).replace(email, "<email>");
      };
      const fresh = await answer(uniqueEmail(`fresh-${locale}`));
      const taken = await answer(DEMO_ACCOUNTS.adult);
      expect(taken).toBe(fresh);
      await mailbox.waitFor({ to: DEMO_ACCOUNTS.adult, subject: /register|inscrire/ });
    });

    for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      test(`login, register and activation pages pass axe at ${VIEWPORTS[size].width}px`, async ({
        page,
      }) => {
        await setViewport(page, size);
        await page.goto(`/${locale}/login?activated=1`);
        await expect(page.getByRole("heading", { level: 1, name: t.login.title })).toBeVisible();
        await expectNoAxeViolations(page, { context: `login ${locale} ${size}` });
        await page.goto(`/${locale}/register`);
        // With errors shown: the invalid state must pass too.
        await field(page, locale, t.register.fields.email).fill("not-an-email");
        await field(page, locale, t.register.fields.password).fill("short");
        await field(page, locale, t.register.fields.firstName).click();
        await expect(page.getByText(t.forms.errors.email)).toBeVisible();
        await expectNoAxeViolations(page, { context: `register ${locale} ${size}` });
        await page.goto(`/${locale}/activate/not-a-real-token`);
        await expect(page.getByText(t.activate.problem.invalid)).toBeVisible();
        await expectNoAxeViolations(page, { context: `activate invalid ${locale} ${size}` });
        await page.getByRole("link", { name: t.activate.newLink }).click();
        await expect(
          page.getByRole("heading", { level: 1, name: t.activate.resend.title }),
        ).toBeVisible();
        await expectNoAxeViolations(page, { context: `activate resend ${locale} ${size}` });
      });
    }
  });
}
