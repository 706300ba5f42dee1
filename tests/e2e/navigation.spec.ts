// The portal's and the staff area's navigation on phones: the header's menu
// button discloses the sidebar (profile card, tabs, user guide, language,
// logout), with the keyboard; the Inbox counter and the selected profile stay in
// the header. On wide screens the sidebar is shown and there is no menu button.
// Also the not-found page, and screenshots of the dashboard and the staff area.
import type { Page, TestInfo } from "@playwright/test";
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

const copy = {
  en: {
    dashboard: "Dashboard",
    inbox: "Inbox",
    unread: /^Inbox \(\d+ unread\)$/,
    portalNav: "Portal sections",
    staffNav: "Staff sections",
    admin: "Clinic overview",
    patients: "Patients",
    notFound: "Page not found",
    back: "Go back",
    home: "Go to the dashboard",
    call: /Or call .+:/,
    logout: "Log out",
  },
  fr: {
    dashboard: "Tableau de bord",
    inbox: "Boîte de réception",
    unread: /^Boîte de réception \(\d+ non lus?\)$/,
    portalNav: "Sections du portail",
    staffNav: "Sections du personnel",
    admin: "Aperçu de la clinique",
    patients: "Patients",
    notFound: "Page introuvable",
    back: "Revenir en arrière",
    home: "Aller au tableau de bord",
    call: /Ou appelez .+\u00a0:/,
    logout: "Se déconnecter",
  },
} as const;

const menuButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: /^Menu/ });

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, "wider than the screen").toBeLessThanOrEqual(0);
}

test("at 390 px the menu button discloses the navigation, with the keyboard", async ({ page }) => {
  await setViewport(page, "phone390");
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  const t = copy.en;
  const button = menuButton(page);
  const nav = page.getByRole("navigation", { name: t.portalNav });

  // Closed: the tabs are hidden, the selected profile and the Inbox counter are in the header.
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toContainText("Sophie Tremblay");
  await expect(nav).toBeHidden();
  const shortcut = page.getByRole("banner").getByRole("link", { name: t.unread });
  await expect(shortcut).toBeVisible();
  await expect(shortcut).toHaveAttribute("href", "/en/inbox");

  // Opened from the keyboard: focus moves into the menu, which the button controls.
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
  await expect(panel).toBeVisible();
  await expect(nav).toBeVisible();
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // Tab moves through the menu's items: the tabs, the user guide, the language and logout.
  const reached: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const inside = await panel.evaluate((el) => el.contains(document.activeElement));
    if (!inside) break;
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  for (const name of [t.dashboard, "Appointments", "Get the user guide", "Français", t.logout])
    expect(reached.some((r) => r.startsWith(name))).toBe(true);

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(nav).toBeHidden();

  // Choosing Inbox navigates there and closes the menu.
  await button.click();
  await nav.getByRole("link", { name: new RegExp(`^${t.inbox}`) }).click();
  await expect(page).toHaveURL(/\/en\/inbox$/);
  await expect(page.getByRole("heading", { level: 1, name: t.inbox })).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await noHorizontalScroll(page);
});

test("at 1280 px the sidebar is shown and there is no menu button", async ({ page }) => {
  await setViewport(page, "desktop");
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  await expect(page.getByRole("navigation", { name: copy.en.portalNav })).toBeVisible();
  await expect(menuButton(page)).toBeHidden();
  // The header's Inbox shortcut is for phones: the sidebar shows the counter here.
  await expect(page.getByRole("banner").getByRole("link", { name: copy.en.unread })).toBeHidden();
  await expect(page.getByRole("button", { name: copy.en.logout })).toBeVisible();
});

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test(`the dashboard (menu open and closed) and the inbox pass axe, in ${locale}`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
    for (const size of ["phone320", "phone390", "desktop"] as const) {
      await setViewport(page, size);
      const width = VIEWPORTS[size].width;
      await expect(page.getByRole("heading", { level: 1, name: t.dashboard })).toBeVisible();
      await expectNoAxeViolations(page, { context: `dashboard ${locale} ${width}` });
      await noHorizontalScroll(page);
      if (size !== "phone320") await screenshot(page, testInfo, `dashboard-${locale}-${width}`);
      if (size === "desktop") continue;
      await menuButton(page).click();
      await expect(page.getByRole("navigation", { name: t.portalNav })).toBeVisible();
      await expectNoAxeViolations(page, { context: `dashboard menu open ${locale} ${width}` });
      await noHorizontalScroll(page);
      if (size === "phone390")
        await screenshot(page, testInfo, `dashboard-menu-${locale}-${width}`);
      await page.keyboard.press("Escape");
    }
    // The Inbox, the other page patients open most.
    await page.goto(`/${locale}/inbox`);
    for (const size of ["phone320", "phone390", "desktop"] as const) {
      await setViewport(page, size);
      const width = VIEWPORTS[size].width;
      await expect(page.getByRole("heading", { level: 1, name: t.inbox })).toBeVisible();
      await expectNoAxeViolations(page, { context: `inbox ${locale} ${width}` });
      await noHorizontalScroll(page);
      if (size !== "phone320") await screenshot(page, testInfo, `inbox-${locale}-${width}`);
    }
  });

  test(`the staff area at 390 px: the menu holds the staff sections, in ${locale}`, async ({
    page,
  }, testInfo) => {
    await setViewport(page, "phone390");
    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
    await expect(page.getByRole("heading", { level: 1, name: t.admin })).toBeVisible();
    const nav = page.getByRole("navigation", { name: t.staffNav });
    await expect(nav).toBeHidden();
    await expect(
      page.getByRole("banner").getByRole("link", { name: new RegExp(`^${t.inbox}`) }),
    ).toBeVisible();
    await expectNoAxeViolations(page, { context: `admin ${locale} 390` });
    await screenshot(page, testInfo, `admin-${locale}-390`);
    await menuButton(page).click();
    await expect(nav).toBeVisible();
    await expectNoAxeViolations(page, { context: `admin menu open ${locale} 390` });
    await screenshot(page, testInfo, `admin-menu-${locale}-390`);
    await nav.getByRole("link", { name: t.patients }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/patients$`));
    await expect(nav).toBeHidden();
    // The list's skeleton gives way to the list.
    await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noHorizontalScroll(page);
    await setViewport(page, "desktop");
    await expect(nav).toBeVisible();
    await screenshot(page, testInfo, `admin-patients-${locale}-1280`);
  });

  test(`a page that does not exist says what to do next, in ${locale}`, async ({
    page,
  }, testInfo) => {
    // Signed in: the proxy sends anonymous visitors of unknown paths to the login page.
    await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
    for (const size of ["phone390", "desktop"] as const) {
      await setViewport(page, size);
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: t.notFound })).toBeVisible();
      await expect(page.getByRole("button", { name: t.back })).toBeVisible();
      await expect(page.getByRole("link", { name: t.home })).toHaveAttribute("href", `/${locale}`);
      await expect(page.getByText(t.call)).toBeVisible();
      await expect(page.getByRole("link", { name: /^\+?[\d\s().-]+$/ })).toHaveAttribute(
        "href",
        /^tel:\+?\d+$/,
      );
      await expectNoAxeViolations(page, { context: `not found ${locale} ${size}` });
      await screenshot(page, testInfo, `not-found-${locale}-${VIEWPORTS[size].width}`);
    }
  });
}
