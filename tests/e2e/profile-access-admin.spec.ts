// Staff attach family profiles from a patient's page, in both languages, on
// the seeded families (lib/demo/seed-attach.ts): a child's profile to the
// parent's account with appointments and messages (the parent is emailed,
// selects the child, sees only those tabs and books for the child); a
// grandparent's profile is refused without their consent (nothing attached)
// and attached once it is recorded; then staff take the messages permission
// back, and the child's Inbox is gone for the parent (its address a 404). The
// page passes axe at phone and desktop widths.
import { DEMO_ACCOUNTS, DEMO_ATTACH_FAMILIES, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  login,
  selectProfile,
  setViewport,
  test,
  type Locale,
} from "./fixtures";
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
    portalNav: "Portal sections",
    appointmentsTab: "Appointments",
    inboxTab: /^Inbox/,
    documentsTab: /^Documents/,
    billsTab: /^Bills/,
    book: "Book an appointment",
    pediatrics: "Pediatrics",
    pediatricVisit: /Pediatric visit/,
    reason: "Reason for the appointment",
    next: "Next",
    confirm: "Confirm appointment",
    booked: "Your appointment is booked",
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
    portalNav: /sections du portail/i,
    appointmentsTab: "Rendez-vous",
    inboxTab: /^Boîte de réception/,
    documentsTab: /^Documents/,
    billsTab: /^Factures/,
    book: "Prendre un rendez-vous",
    pediatrics: "Pédiatrie",
    pediatricVisit: /Visite pédiatrique/,
    reason: "Motif du rendez-vous",
    next: "Suivant",
    confirm: "Confirmer le rendez-vous",
    booked: "Votre rendez-vous est réservé",
  },
} as const;

/** Opens the Profiles tab of a patient's staff record from the patient list's search. */
async function openPatient(page: Page, locale: Locale, name: string) {
  await page.goto(`/${locale}/admin/patients?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page
    .getByRole("navigation", { name: locale === "fr" ? "Dossier du patient" : "Patient record" })
    .getByRole("link", { name: locale === "fr" ? "Profils" : "Profiles" })
    .click();
  await expect(page.getByRole("region", { name: copy[locale].attachedAccounts })).toBeVisible();
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

    // The parent selects the child: only the granted tabs are there, and they book for the child.
    const parentPage = await browser.newPage();
    await login(parentPage, email, DEMO_PASSWORD, locale);
    await expect(parentPage.getByRole("heading", { level: 1, name: t.dashboard })).toBeVisible();
    await selectProfile(parentPage, locale, child);
    const nav = parentPage.getByRole("navigation", { name: t.portalNav });
    await expect(nav.getByRole("link", { name: t.inboxTab })).toBeVisible();
    await expect(nav.getByRole("link", { name: t.documentsTab })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: t.billsTab })).toHaveCount(0);
    expect((await parentPage.goto(`/${locale}/documents`))?.status()).toBe(404);
    expect((await parentPage.goto(`/${locale}/bills`))?.status()).toBe(404);
    await parentPage.goto(`/${locale}/appointments`);
    await expect(
      parentPage.getByRole("heading", { level: 1, name: new RegExp(child) }),
    ).toBeVisible();
    await parentPage.getByRole("link", { name: t.book }).click();
    // The tab's rows name specialties too: wait for the booking step before choosing one.
    await expect(parentPage).toHaveURL(/\/appointments\/book/);
    await parentPage.getByRole("link", { name: t.pediatrics }).click();
    // Dre Benali works at one site: the site step is skipped.
    await parentPage.getByRole("link", { name: /Fatima Benali/ }).click();
    await parentPage.getByRole("link", { name: t.pediatricVisit }).click();
    await parentPage.getByLabel(t.reason).fill("Vaccination");
    await parentPage.getByRole("button", { name: t.next }).click();
    await parentPage.getByRole("table").getByRole("link").first().click();
    await expect(parentPage.getByRole("main").getByText(new RegExp(child)).first()).toBeVisible();
    await parentPage.getByRole("button", { name: t.confirm }).click();
    await expect(parentPage.getByRole("heading", { level: 1, name: t.booked })).toBeVisible();

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

    // For the parent, the child's Inbox is gone, and its address answers 404.
    await parentPage.goto(`/${locale}/dashboard`);
    await expect(parentPage.locator("#current-profile")).toHaveText(child);
    await expect(nav.getByRole("link", { name: t.appointmentsTab, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: t.inboxTab })).toHaveCount(0);
    expect((await parentPage.goto(`/${locale}/inbox`))?.status()).toBe(404);
    await parentPage.close();

    // The page with its attached access and the search results, at both widths.
    for (const size of ["mobile", "desktop"] as const) {
      await setViewport(page, size);
      await page.reload();
      await chooseParent(page, t, parent);
      await expectNoAxeViolations(page, { context: `profile access ${locale} ${size}` });
    }
  });
}
