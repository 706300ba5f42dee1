// Staff attach family profiles from a patient's page, in both languages, on
// the seeded families (lib/demo/seed-attach.ts): a child's profile to the
// parent's account with appointments and messages (the parent is emailed and
// sees the child on their dashboard); a grandparent's profile is refused
// without their consent (nothing attached) and attached once it is recorded;
// then staff take the messages permission back. The page passes axe at phone
// and desktop widths with the search results and the attached access shown.
import { DEMO_ACCOUNTS, DEMO_ATTACH_FAMILIES, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect, expectNoAxeViolations, login, setViewport, test, type Locale } from "./fixtures";
import type { Page } from "@playwright/test";

const copy = {
  en: {
    attachedAccounts: "Attached accounts",
    attachTitle: "Attach this profile to an account",
    search: /^Find an account by name/,
    searchButton: "Search accounts",
    permissions: "Permissions",
    appointments: "Appointments",
    messages: "Messages",
    byPhone: "By phone",
    attach: "Attach the profile",
    attached: "The profile was attached.",
    consentRequired: /record how they consented\. Nothing was attached\./,
    none: "No account is attached to this profile.",
    active: "Active",
    consentBy: "by phone, recorded by admin@demo.clinic",
    manage: (email: string) => `Permissions of ${email}`,
    save: "Save the permissions",
    saved: "The permissions were saved.",
    subject: "A profile was added to your portal account",
    dashboard: "Dashboard",
  },
  fr: {
    attachedAccounts: "Comptes rattachés",
    attachTitle: "Rattacher ce profil à un compte",
    search: /^Trouver un compte par nom/,
    searchButton: "Chercher les comptes",
    permissions: "Autorisations",
    appointments: "Rendez-vous",
    messages: "Messages",
    byPhone: "Par téléphone",
    attach: "Rattacher le profil",
    attached: "Le profil a été rattaché.",
    consentRequired: /indiquez comment elle a consenti\. Rien n’a été rattaché\./,
    none: "Aucun compte n’est rattaché à ce profil.",
    active: "Actif",
    consentBy: "par téléphone, enregistré par admin@demo.clinic",
    manage: (email: string) => `Autorisations de ${email}`,
    save: "Enregistrer les autorisations",
    saved: "Les autorisations ont été enregistrées.",
    subject: "Un profil a été ajouté à votre compte du portail",
    dashboard: "Tableau de bord",
  },
} as const;

/** Opens a patient's staff page from the patient list's search. */
async function openPatient(page: Page, locale: Locale, name: string) {
  await page.goto(`/${locale}/admin/patients?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Searches the parent's account in the attach form and chooses it. */
async function chooseParent(page: Page, t: (typeof copy)[Locale], parent: string) {
  const attach = page.getByRole("region", { name: t.attachTitle });
  await attach.getByLabel(t.search).fill(parent);
  await attach.getByRole("button", { name: t.searchButton }).click();
  await attach.getByRole("radio", { name: new RegExp(`^${parent}, `) }).check();
  return attach;
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];
  const { email, lastName } = DEMO_ATTACH_FAMILIES[locale];
  const parent = `Nadia ${lastName}`;
  const child = `Lou ${lastName}`;
  const grandparent = `Rémi ${lastName}`;

  test(`in ${locale}: staff attach a child's and, with consent, an adult's profile to a parent's account, then take a permission back`, async ({
    page,
    browser,
    mailbox,
  }) => {
    test.setTimeout(120_000);
    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);

    // The child's profile, with appointments and messages.
    await openPatient(page, locale, child);
    let attach = await chooseParent(page, t, parent);
    const permissions = attach.getByRole("group", { name: t.permissions });
    await permissions.getByRole("checkbox", { name: t.appointments }).check();
    await permissions.getByRole("checkbox", { name: t.messages }).check();
    await attach.getByRole("button", { name: t.attach }).click();
    await expect(attach.getByRole("status").filter({ hasText: t.attached })).toBeVisible();
    const accounts = page.getByRole("region", { name: t.attachedAccounts });
    const item = accounts.getByRole("listitem").filter({ hasText: email });
    await expect(item).toContainText(`${t.appointments}, ${t.messages}`);
    await expect(item).toContainText(t.active);
    await mailbox.waitFor({ to: email, subject: t.subject });

    // The parent now manages the child's profile.
    const parentPage = await browser.newPage();
    await login(parentPage, email, DEMO_PASSWORD, locale);
    await expect(parentPage.getByRole("heading", { level: 1, name: t.dashboard })).toBeVisible();
    await expect(parentPage.getByText(child).first()).toBeVisible();
    await parentPage.close();

    // An adult's profile: refused without their consent, nothing attached.
    await openPatient(page, locale, grandparent);
    attach = await chooseParent(page, t, parent);
    await attach
      .getByRole("group", { name: t.permissions })
      .getByRole("checkbox", { name: t.appointments })
      .check();
    await attach.getByRole("button", { name: t.attach }).click();
    await expect(attach.getByRole("alert").filter({ hasText: t.consentRequired })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: t.attachedAccounts })).toContainText(t.none);

    // With their consent, by phone, it is attached and says who recorded it.
    attach = await chooseParent(page, t, parent);
    await attach
      .getByRole("group", { name: t.permissions })
      .getByRole("checkbox", { name: t.appointments })
      .check();
    await attach.getByRole("radio", { name: t.byPhone }).check();
    await attach.getByRole("button", { name: t.attach }).click();
    await expect(attach.getByRole("status").filter({ hasText: t.attached })).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: t.attachedAccounts })
        .getByRole("listitem")
        .filter({ hasText: email }),
    ).toContainText(t.consentBy);

    // Staff take the messages permission back from the child's attachment.
    await openPatient(page, locale, child);
    const manage = page.getByRole("group", { name: t.manage(email) });
    await manage.getByRole("checkbox", { name: t.messages }).uncheck();
    const row = page
      .getByRole("region", { name: t.attachedAccounts })
      .getByRole("listitem")
      .filter({ hasText: email });
    await row.getByRole("button", { name: t.save }).click();
    await expect(row.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
    await page.reload();
    await expect(
      page
        .getByRole("group", { name: t.manage(email) })
        .getByRole("checkbox", { name: t.messages }),
    ).not.toBeChecked();
    await expect(row.getByRole("definition").first()).toHaveText(t.appointments);

    // The page with its attached access and the search results, at both widths.
    for (const size of ["mobile", "desktop"] as const) {
      await setViewport(page, size);
      await page.reload();
      await chooseParent(page, t, parent);
      await expectNoAxeViolations(page, { context: `profile access ${locale} ${size}` });
    }
  });
}
