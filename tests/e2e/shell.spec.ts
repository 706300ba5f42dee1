// The portal shell in both languages: demo login, the dashboard, the staff
// area, the language switch, keyboard use, logout, and an axe scan of every
// page at phone and desktop widths.
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
    profile: "My profile",
    attached: "Profiles on this account",
    admin: "Clinic overview",
    login: "Log in to your patient portal",
    lapsed: /reached the age of consent/,
    logout: "Log out",
    switchTo: "Français",
  },
  fr: {
    dashboard: "Tableau de bord",
    profile: "Mon profil",
    attached: "Profils de ce compte",
    admin: "Aperçu de la clinique",
    login: "Connexion à votre portail patient",
    lapsed: /atteint l’âge du consentement/,
    logout: "Se déconnecter",
    switchTo: "English",
  },
} as const;

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test.describe(`in ${locale}`, () => {
    test("the demo parent logs in and sees their dashboard, children and the lapsed teen", async ({
      page,
    }) => {
      await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
      await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
      await expect(page.getByRole("heading", { level: 1, name: t.dashboard })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Sophie Tremblay" })).toBeVisible();
      const attached = page.getByRole("region", { name: t.attached });
      await expect(attached.getByText(/Léo Tremblay/)).toBeVisible();
      await expect(page.getByRole("note").filter({ hasText: t.lapsed })).toBeVisible();
    });

    for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      test(`every shell page passes axe at ${VIEWPORTS[size].width}px`, async ({
        page,
        browser,
      }) => {
        // Six pages, two logins and six axe scans: more than the default budget on 2 cores.
        test.slow();
        await setViewport(page, size);
        await page.goto(`/${locale}/login`);
        await expect(page.getByRole("heading", { level: 1, name: t.login })).toBeVisible();
        await expectNoAxeViolations(page, { context: `login ${locale} ${size}` });

        await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
        await expect(page.getByRole("heading", { level: 1, name: t.dashboard })).toBeVisible();
        await expectNoAxeViolations(page, { context: `dashboard ${locale} ${size}` });

        await page.goto(`/${locale}/profile`);
        await expect(page.getByRole("heading", { level: 1, name: t.profile })).toBeVisible();
        await expectNoAxeViolations(page, { context: `profile ${locale} ${size}` });

        const staff = await browser.newPage({ viewport: VIEWPORTS[size] });
        await login(staff, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
        await expect(staff.getByRole("heading", { level: 1, name: t.admin })).toBeVisible();
        await expectNoAxeViolations(staff, { context: `admin ${locale} ${size}` });

        await staff.goto(`/${locale}/dev/mailbox`);
        await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(staff, { context: `mailbox ${locale} ${size}` });

        await staff.goto(`/${locale}/no-such-page`);
        await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(staff, { context: `not found ${locale} ${size}` });
        await staff.close();
      });
    }

    test("the language switch shows the same page in the other language", async ({ page }) => {
      await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
      await page
        .getByRole("link", { name: new RegExp(locale === "en" ? "français" : "English", "i") })
        .click();
      const other = locale === "en" ? "fr" : "en";
      await expect(page).toHaveURL(new RegExp(`/${other}/dashboard$`));
      await expect(
        page.getByRole("heading", { level: 1, name: copy[other].dashboard }),
      ).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", other);
    });
  });
}

test("the skip link is the first stop of the keyboard and moves focus to the content", async ({
  page,
}) => {
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the header and the sidebar navigation are reachable by keyboard at phone width", async ({
  page,
}) => {
  await setViewport(page, "mobile");
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  // On phones the sidebar, the language switch and logout are in the header's menu.
  await page.getByRole("button", { name: /^Menu/ }).press("Enter");
  const reached = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    reached.add(
      (await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "")) || "",
    );
  }
  for (const name of ["Français", "Log out", "Dashboard"]) expect(reached).toContain(name);
  // Nothing is wider than the phone's screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a visitor gets the language of their browser", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "fr-CA",
    extraHTTPHeaders: { "Accept-Language": "fr-CA,fr;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: copy.fr.login })).toBeVisible();
  await context.close();
});

test("an anonymous visitor of a portal page is sent to login and brought back after it", async ({
  page,
}) => {
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fdashboard$/);
  await page.getByLabel("Email", { exact: true }).fill(DEMO_ACCOUNTS.adult);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Jean Gagnon" })).toBeVisible();
});

test("a wrong password shows one generic error and stays on the login page", async ({ page }) => {
  await page.goto("/en/login");
  await page.getByLabel("Email", { exact: true }).fill(DEMO_ACCOUNTS.adult);
  await page.getByLabel("Password", { exact: true }).fill("Not-the-password-1");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The email or password is incorrect" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("a patient cannot open the staff area", async ({ page }) => {
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  await page.goto("/en/admin");
  await expect(page).not.toHaveURL(/\/admin/);
  await expect(page.getByRole("heading", { level: 1, name: "Clinic overview" })).toHaveCount(0);
});

test("after logout, a copied session cookie no longer opens the portal (SE-2)", async ({
  page,
  browser,
}) => {
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "en");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Log out" }).click();
  // Logging out first loads next-auth's client (not part of the page's first load).
  await expect(page).toHaveURL(/\/en\/login$/, { timeout: 15_000 });

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/en/dashboard");
  await expect(stolen).toHaveURL(/\/en\/login/);
  await thief.close();
});
