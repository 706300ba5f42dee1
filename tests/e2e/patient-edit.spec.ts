// Staff edit a patient's details: a profile created for this test (so no
// other spec sees it change) gets a new phone and language, and the patient's
// page shows them. The edit page passes axe in both languages, at phone and
// desktop widths.
import { randomBytes } from "node:crypto";
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

test("staff change a patient's phone and language, and see them on the patient's page", async ({
  page,
}) => {
  const lastName = `Edit${randomBytes(4).toString("hex")}`;
  await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, "en");
  await page.goto("/en/admin/patients/new");
  await page.getByRole("textbox", { name: "First name (required)" }).fill("Lucie");
  await page.getByRole("textbox", { name: "Last name (required)" }).fill(lastName);
  await page.getByRole("textbox", { name: "Date of birth (required)" }).fill("1984-06-12");
  await page.getByLabel("Primary phone", { exact: true }).fill("514 555 0142");
  await page.getByLabel("Type of the primary phone").selectOption("home");
  await page.getByRole("combobox", { name: "Language (required)" }).selectOption("fr");
  await page.getByRole("button", { name: "Create the profile" }).click();
  await page.getByRole("link", { name: "Open the new profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Lucie ${lastName}` })).toBeVisible();

  await page.getByRole("link", { name: "Edit details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Edit the details of Lucie ${lastName}`,
  );
  const phone = page.getByLabel("Primary phone", { exact: true });
  await expect(phone).toHaveValue("(514) 555-0142");
  // A wrong number is refused beside the field, and what was typed stays.
  await phone.fill("555-0199");
  await page.getByRole("button", { name: "Save the details" }).click();
  await expect(page.getByText("Enter a 10-digit Canadian phone number")).toBeVisible();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveValue("555-0199");

  await phone.fill("438-555-0199");
  await page.getByLabel("Type of the primary phone").selectOption("mobile");
  await page.getByRole("combobox", { name: "Language (required)" }).selectOption("en");
  await page.getByRole("button", { name: "Save the details" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/patients\/[^/]+\?updated=1$/);
  await expect(
    page.getByRole("status").filter({ hasText: "The patient’s details were saved." }),
  ).toBeVisible();
  const profile = page.getByRole("region", { name: "Profile", exact: true });
  await expect(profile).toContainText("(438) 555-0199 (Mobile)");
  await expect(profile).toContainText("English");
});

for (const locale of ["en", "fr"] as Locale[]) {
  for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    test(`the edit page passes axe in ${locale} at ${VIEWPORTS[size].width}px`, async ({
      page,
    }) => {
      await setViewport(page, size);
      await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);
      await page.goto(`/${locale}/admin/patients?q=Gagnon`);
      await page
        .getByRole("link", { name: /Gagnon/ })
        .first()
        .click();
      await page
        .getByRole("link", {
          name: locale === "en" ? "Edit details" : "Modifier les renseignements",
        })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: /Gagnon/ })).toBeVisible();
      await expectNoAxeViolations(page, { context: `patient edit ${locale} ${size}` });
    });
  }
}
