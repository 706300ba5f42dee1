// Recent activity and "Who saw my record" through the UI, on the demo seed:
// staff open Jean's page and send him a message; Jean sees it in Recent
// activity on his dashboard and follows the line to the thread; his "Who saw
// my record" lists the staff member opening his file. Both pages pass axe in
// English and French at 360 and 1280 px.
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  login,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

async function axeAtBothWidths(page: Page, context: string) {
  for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `${context} ${VIEWPORTS[size].width}` });
  }
}

test("staff open a patient's file and message them: the patient's Recent activity links to the message, and Who saw my record lists the staff member", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const subject = `Activity E2E ${Date.now().toString(36)}`;

  // Staff open Jean's page (recorded) and send him a message from it.
  await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, "en");
  await page.goto("/en/admin/patients?q=Gagnon");
  await page.getByRole("link", { name: /Jean/ }).click();
  await page
    .getByRole("navigation", { name: "Patient record" })
    .getByRole("link", { name: "Communications" })
    .click();
  await page.getByRole("link", { name: "New communication" }).click();
  await page.getByRole("textbox", { name: /^Subject/ }).fill(subject);
  await page.getByRole("textbox", { name: /^Message/ }).fill("Your results are in.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText(/The communication was sent/)).toBeVisible();
  await page.context().clearCookies();

  // Jean's dashboard: the message is the newest line, from the clinic; it opens the thread.
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  await page.goto("/en/dashboard");
  const activity = page.getByRole("region", { name: "Recent activity" });
  const line = activity.getByRole("link", { name: new RegExp(subject) });
  await expect(line).toContainText("Message received");
  await expect(line).toContainText("by the clinic");
  for (const locale of ["en", "fr"] as Locale[]) {
    await page.goto(`/${locale}/dashboard`);
    await expect(
      page.getByRole("region", { name: /Recent activity|Activité récente/ }),
    ).toBeVisible();
    await axeAtBothWidths(page, `dashboard ${locale}`);
  }
  await page.goto("/en/dashboard");
  await line.click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/inbox\/[^/?#]+/);

  // Who saw my record: the staff member opened the file.
  await page.goto("/en/profile/access");
  await expect(page.getByRole("heading", { level: 1, name: "Who saw my record" })).toBeVisible();
  const opened = page
    .getByRole("row")
    .filter({ hasText: DEMO_ACCOUNTS.staff })
    .filter({ hasText: "opened the patient's file" });
  await expect(opened.first()).toBeVisible();
  await expect(opened.first()).toContainText("Clinic staff");
  for (const locale of ["en", "fr"] as Locale[]) {
    await page.goto(`/${locale}/profile/access`);
    await axeAtBothWidths(page, `access log ${locale}`);
  }
  await expect(
    page.getByRole("cell", { name: "a ouvert le dossier du patient" }).first(),
  ).toBeVisible();
});
