// The clinic's brand, in both languages: an admin sets a colour and uploads a
// logo and sees both in the header (the buttons take the colour); a colour
// too light for white text is refused with its measured ratio and nothing
// changes; the login page shows the logo to anonymous visitors. Every page
// passes axe at 320, 390 and 1280 px, with no sideways scrolling at 320, and
// is saved as a screenshot at 390 and 1280. The demo clinic's colour and logo
// are put back at the end.
import sharp from "sharp";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, expectNoAxeViolations, login, setViewport, test, type Locale } from "./fixtures";
import type { Page, TestInfo } from "@playwright/test";

const copy = {
  en: {
    color: "Primary colour",
    logo: "Logo",
    save: "Save the brand",
    saved: "The brand was saved.",
    tooLight: "This colour is too light: white text on it has a contrast of 1.07:1",
  },
  fr: {
    color: "Couleur principale",
    logo: "Logo",
    save: "Enregistrer l’image de marque",
    saved: "L’image de marque a été enregistrée.",
    tooLight: "Cette couleur est trop pâle\u00a0: le texte blanc y a un contraste de 1,07:1",
  },
} as const;

const CLINIC = "Clinique Saint-Laurent";
const locales: Locale[] = ["en", "fr"];

/** The header's logo: inside the link that names the clinic. */
const headerLogo = (page: Page) =>
  page.getByRole("banner").getByRole("link", { name: CLINIC }).locator("img");

async function checkEveryWidth(page: Page, testInfo: TestInfo, name: string, locale: Locale) {
  for (const size of ["phone320", "phone390", "desktop"] as const) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `${name} ${locale} ${size}` });
    if (size === "phone320")
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        `${name} scrolls sideways at 320 px`,
      ).toBeLessThanOrEqual(0);
    else
      await page.screenshot({
        path: testInfo.outputPath(`${name}-${locale}-${size === "desktop" ? 1280 : 390}.png`),
        fullPage: true,
      });
  }
}

async function logoLoaded(page: Page) {
  await expect(headerLogo(page)).toHaveAttribute("src", /^\/api\/clinic\/logo\?v=[0-9a-f]{64}$/);
  await expect(headerLogo(page)).toHaveAttribute("alt", "");
  await expect
    .poll(() => headerLogo(page).evaluate((img: HTMLImageElement) => img.naturalHeight))
    .toBeGreaterThan(0);
}

test.describe("the clinic's brand", () => {
  test("the login page shows the clinic's logo to anonymous visitors", async ({
    page,
  }, testInfo) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/login`);
      await logoLoaded(page);
      await checkEveryWidth(page, testInfo, "login", locale);
    }
  });

  test("an admin sets a colour and a logo and sees them in the header", async ({
    page,
    request,
  }, testInfo) => {
    const original = await request.get("/api/clinic/logo");
    expect(original.status()).toBe(200);
    const originalLogo = await original.body();
    const logo = await sharp({
      create: { width: 600, height: 200, channels: 3, background: "#7c2d12" },
    })
      .png()
      .toBuffer();
    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");
    const t = copy.en;
    try {
      await page.goto("/en/admin/settings");
      const before = await headerLogo(page).getAttribute("src");
      await page.getByLabel(t.color, { exact: true }).fill("#7C2D12");
      await page.getByLabel(t.logo, { exact: true }).setInputFiles({
        name: "logo.png",
        mimeType: "image/png",
        buffer: logo,
      });
      await page.getByRole("button", { name: t.save }).click();
      await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
      await expect(headerLogo(page)).not.toHaveAttribute("src", before ?? "");
      await logoLoaded(page);
      expect(await headerLogo(page).evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(
        128,
      );
      // The buttons that were the portal's blue take the clinic's colour.
      await expect(page.getByRole("button", { name: t.save })).toHaveCSS(
        "background-color",
        "rgb(124, 45, 18)",
      );
      for (const locale of locales) {
        await page.goto(`/${locale}/admin/settings`);
        await expect(page.getByLabel(copy[locale].color, { exact: true })).toHaveValue("#7c2d12");
        await checkEveryWidth(page, testInfo, "settings", locale);
      }
    } finally {
      // Put the demo clinic back as the seed made it, for the specs after this one.
      await page.goto("/en/admin/settings");
      await page.getByLabel(t.color, { exact: true }).fill("#0f766e");
      await page.getByLabel(t.logo, { exact: true }).setInputFiles({
        name: "logo.png",
        mimeType: "image/png",
        buffer: originalLogo,
      });
      await page.getByRole("button", { name: t.save }).click();
      await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
    }
  });

  test("a colour too light for white text is refused with its ratio, and nothing changes", async ({
    page,
  }, testInfo) => {
    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");
    for (const locale of locales) {
      const t = copy[locale];
      await page.goto(`/${locale}/admin/settings`);
      const field = page.getByLabel(t.color, { exact: true });
      const saved = await field.inputValue();
      // With the keyboard: type the colour and press Enter to send the form.
      await field.fill("");
      await field.pressSequentially("#ffff00");
      await field.press("Enter");
      await expect(field).toHaveAccessibleDescription(
        new RegExp(t.tooLight.replace(/[.()]/g, "\\$&")),
      );
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await checkEveryWidth(page, testInfo, "settings-refused", locale);
      await page.reload();
      await expect(page.getByLabel(t.color, { exact: true })).toHaveValue(saved);
    }
  });
});
