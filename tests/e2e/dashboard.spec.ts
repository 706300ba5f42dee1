// The patient's dashboard answers "what needs me?" on the demo seed: Sophie
// (the parent) sees Léo's visit inside its confirmation window under
// "Appointments to confirm", confirms it there by keyboard, and it leaves that
// list for the upcoming ones, confirmed. The dashboard and the Profile tab
// (which now holds the sign-in details) pass axe in English and French at
// 320, 390 and 1280 px, without horizontal scrolling at 320 px; screenshots at
// 390 and 1280 px are saved with the test's results.
import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect as baseExpect,
  expectNoAxeViolations,
  login,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

// Every page renders on the server: on a busy 2-core machine it can take more than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

type Messages = typeof import("../../messages/en.json");
const read = (locale: Locale) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
const messages = { en: read("en"), fr: read("fr") };
const WIDTHS = ["phone320", "phone390", "desktop"] as const;

/** Axe at each width, no horizontal scrolling at 320 px, and screenshots at 390 and 1280 px. */
async function checkPage(page: Page, testInfo: TestInfo, name: string, locale: Locale) {
  for (const size of WIDTHS) {
    await setViewport(page, size);
    const width = VIEWPORTS[size].width;
    await expectNoAxeViolations(page, { context: `${name} ${locale} ${width}` });
    if (size === "phone320") {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} ${locale} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    } else {
      await page.screenshot({
        path: testInfo.outputPath(`${name}-${locale}-${width}.png`),
        fullPage: true,
      });
    }
  }
}

test.describe.configure({ mode: "serial" });

for (const locale of ["en", "fr"] as Locale[]) {
  const t = messages[locale].dashboard;
  const p = messages[locale].profileTab;

  test(`the dashboard puts what needs the parent first, and the Profile tab holds the sign-in details (${locale})`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
    await page.goto(`/${locale}/dashboard`);
    const headings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headings.first()).toHaveText(t.toConfirmTitle);
    await expect(headings.nth(1)).toHaveText(t.unreadTitle);
    await expect(headings.nth(2)).toHaveText(t.billsTitle);
    await expect(headings.nth(3)).toHaveText(t.upcomingTitle);
    await expect(headings.nth(4)).toHaveText(t.attachedProfiles);
    await expect(page.getByRole("region", { name: t.attachedProfiles })).toContainText(
      "Léo Tremblay",
    );
    // The sign-in details left the dashboard.
    await expect(page.getByRole("region", { name: p.signInDetails })).toHaveCount(0);
    await checkPage(page, testInfo, "dashboard", locale);

    await page.goto(`/${locale}/profile`);
    const signIn = page.getByRole("region", { name: p.signInDetails });
    await expect(signIn).toContainText(DEMO_ACCOUNTS.patient);
    await expect(signIn.getByRole("link", { name: new RegExp(p.editPassword) })).toHaveAttribute(
      "href",
      `/${locale}/account/password`,
    );
    await checkPage(page, testInfo, "profile", locale);
  });
}

test("the parent confirms Léo's visit from the dashboard, by keyboard, and it leaves the list", async ({
  page,
}) => {
  const t = messages.en.dashboard;
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  await page.goto("/en/dashboard");
  const toConfirm = page.getByRole("region", { name: t.toConfirmTitle });
  // Léo's seeded visit in the window, or one another spec booked for him there.
  const leo = toConfirm.getByRole("listitem").filter({ hasText: "Léo Tremblay" }).first();
  await expect(leo).toContainText("Antoine Roy");
  const href = await leo.getByRole("link").first().getAttribute("href");
  // The row opens the appointment's own page, for Léo's profile.
  expect(href).toMatch(/^\/en\/appointments\/[^/?#]+\?profile=[^&#]+$/);
  const item = (region: string) =>
    page.getByRole("region", { name: region }).locator(`li:has(a[href="${href}"])`);
  await item(t.toConfirmTitle)
    .getByRole("button", { name: messages.en.appointments.actions.confirm })
    .focus();
  await page.keyboard.press("Enter");
  await expect(item(t.toConfirmTitle)).toHaveCount(0);
  // Now among the upcoming visits, confirmed; still so after a reload.
  await expect(item(t.upcomingTitle)).toContainText(messages.en.appointments.status.confirmed);
  await page.reload();
  await expect(item(t.toConfirmTitle)).toHaveCount(0);
  await expect(item(t.upcomingTitle)).toContainText(messages.en.appointments.status.confirmed);
  // Its row opens its page, Léo's: his name, the practitioner, confirmed.
  await item(t.upcomingTitle).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.split("?")[0]}\\?profile=`));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(main).toContainText("Léo Tremblay");
  await expect(main).toContainText("Antoine Roy");
  await expect(main).toContainText(messages.en.appointments.actions.confirmed);
});
