// The Profile tab: a patient corrects their own contact details (the clinic
// allows it by default). A wrong entry is refused beside its field and what was
// typed stays; the saved values then show in the details. The audit row and
// the refusals are proven in tests/integration/portal/contact.test.ts.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, login, test } from "./fixtures";

test("a patient corrects their city and secondary phone on their Profile tab (fr)", async ({
  page,
}) => {
  await login(page, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, "fr");
  await page
    .getByRole("navigation", { name: /sections du portail/i })
    .getByRole("link", { name: "Profil", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
  const form = page.getByRole("region", { name: "Coordonnées" });
  await form.getByLabel("Téléphone secondaire", { exact: true }).fill("555");
  await form.getByLabel("Type du téléphone secondaire").selectOption("home");
  await form.getByLabel("Ville").fill("Laval");
  await form.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  // Refused beside the field; what was typed stays.
  await expect(form.getByLabel("Téléphone secondaire", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(form.getByLabel("Ville")).toHaveValue("Laval");

  await form.getByLabel("Téléphone secondaire", { exact: true }).fill("514 555 0111");
  await form.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(
    form.getByRole("status").filter({ hasText: "Vos coordonnées ont été enregistrées." }),
  ).toBeVisible();
  const details = page.getByRole("region", { name: "Renseignements" });
  await expect(details).toContainText("Laval");
  await expect(details).toContainText("(514) 555-0111 (Domicile)");
});
