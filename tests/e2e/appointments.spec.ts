// The patient's Appointments tab and booking flows, in English (Jean) and
// French (Sophie, the parent), on the seeded clinic: confirm the seeded visit
// inside the confirmation window, cancel the one ~6 days ahead (with an "are
// you sure?" step and Back), see that the ~36 h one cannot be cancelled online
// (the clinic's phone instead), book a regular visit as soon as possible and an
// emergency visit, book for the child from the child's tab. Every page of these
// flows is scanned by axe at 360 px and 1280 px; the slot grid is used by
// keyboard. Tests pick "the first free slot shown", so runs never depend on
// which slots earlier tests took. The confirm/cancel tests run before the
// booking tests of the same account: a fresh booking may also sit inside the
// windows.
import type { Locator, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect as baseExpect, expectNoAxeViolations, login, setViewport, test, type Locale } from "./fixtures";

// Each step renders on the server (the grid searches slots): on a busy
// 2-core machine a navigation can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const CLINIC_PHONE = "514-555-0100";

const copy = {
  en: {
    email: DEMO_ACCOUNTS.adult,
    seededDoctor: "Samuel Okafor",
    tab: "Appointments",
    book: "Book an appointment",
    emergency: "Emergency appointment",
    upcoming: "Upcoming appointments",
    history: "Appointment history",
    confirm: "Confirm appointment",
    confirmed: "Confirmed",
    cancel: "Cancel appointment",
    cancelYes: "Yes, cancel it",
    back: "Back",
    cancelled: "Cancelled",
    cancellableUntil: /Can be cancelled online until/,
    family: "Family medicine",
    otherDoctor: "Dr. Julie Nguyen",
    checkup: "Annual check-up",
    asap: "As soon as possible",
    after: "Any time after a date",
    reason: "Reason for the appointment",
    next: "Next",
    grid: "Choose an availability",
    nextWeek: "Next week",
    weekOf: /^Week of/,
    slotName: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [A-Z][a-z]+ \d{1,2}, \d{4},\s*\d{1,2}:\d{2}\s?[AP]\.?M\.?\s*,\s*\S.+/,
    confirmTitle: "Confirm the appointment",
    doneTitle: "Your appointment is booked",
    done: "Done",
    plateau: "Plateau site",
    minor: "Minor emergency",
    reasonTitle: "Reason for the visit",
    dashboard: "Dashboard",
    dashboardUpcoming: "Upcoming appointments",
    noAvailability: "No availability",
    morning: "Morning",
    afternoon: "Afternoon",
    specialtyStep: "Choose a specialty",
    practitionerStep: "Choose a practitioner",
    changeSpecialty: /^Change Specialty/,
  },
  fr: {
    email: DEMO_ACCOUNTS.patient,
    seededDoctor: "Marie Lefebvre",
    tab: "Rendez-vous",
    book: "Prendre un rendez-vous",
    emergency: "Rendez-vous d'urgence",
    upcoming: "Rendez-vous à venir",
    history: "Historique des rendez-vous",
    confirm: "Confirmer le rendez-vous",
    confirmed: "Confirmé",
    cancel: "Annuler le rendez-vous",
    cancelYes: "Oui, l'annuler",
    back: "Retour",
    cancelled: "Annulé",
    cancellableUntil: /Peut être annulé en ligne jusqu'au/,
    family: "Médecine familiale",
    otherDoctor: "Dr. Julie Nguyen",
    checkup: "Bilan annuel",
    asap: "Dès que possible",
    after: "N'importe quand après une date",
    reason: "Motif du rendez-vous",
    next: "Suivant",
    grid: "Choisissez une disponibilité",
    nextWeek: "Semaine suivante",
    weekOf: /^Semaine du/,
    slotName: /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} [a-zéû]+ \d{4},\s*\d{1,2}(:|\s?h\s?)\d{2}\s*,\s*\S.+/,
    confirmTitle: "Confirmer le rendez-vous",
    doneTitle: "Votre rendez-vous est réservé",
    done: "Terminé",
    plateau: "Site du Plateau",
    minor: "Urgence mineure",
    reasonTitle: "Motif de la consultation",
    dashboard: "Tableau de bord",
    dashboardUpcoming: "Rendez-vous à venir",
    noAvailability: "Aucune disponibilité",
    morning: "Matin",
    afternoon: "Après-midi",
    specialtyStep: "Choisissez une spécialité",
    practitionerStep: "Choisissez un professionnel",
    changeSpecialty: /^Modifier Spécialité/,
  },
} as const;

type Copy = (typeof copy)[Locale];

function upcomingSection(page: Page, t: Copy): Locator {
  return page.getByRole("region", { name: t.upcoming });
}

/**
 * The first upcoming item of the seeded practitioner that offers `button`
 * (hidden until expanded), as a locator by its id: stable once the button is gone.
 */
async function seededItemWith(page: Page, t: Copy, button: string): Promise<Locator> {
  const item = upcomingSection(page, t)
    .getByRole("listitem")
    .filter({ hasText: t.seededDoctor })
    .filter({ has: page.getByRole("button", { name: button, exact: true, includeHidden: true }) })
    .first();
  const id = await item.getAttribute("id");
  expect(id).toMatch(/^appointment-/);
  return page.locator(`li[id="${id}"]`);
}

async function openTab(page: Page, locale: Locale, t: Copy) {
  await page.getByRole("navigation", { name: locale === "en" ? "Portal sections" : /sections du portail/i }).getByRole("link", { name: t.tab, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.tab })).toBeVisible();
}

/** The first free slot of the grid, reached by keyboard from the "next week" link and opened with Enter; returns its practitioner. */
async function pickFirstSlotByKeyboard(page: Page, t: Copy, axe?: string) {
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: t.weekOf })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: t.morning })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: t.afternoon })).toBeVisible();
  // Weekends have no blocks in the seed: "No availability" is shown there.
  await expect(table.getByText(t.noAvailability).first()).toBeVisible();
  if (axe) await expectNoAxeViolations(page, { context: axe });
  const first = table.getByRole("link").first();
  await expect(first).toHaveAccessibleName(t.slotName);
  const practitioner = ((await first.locator("span.text-xs").textContent()) ?? "").trim();
  await page.getByRole("link", { name: t.nextWeek }).focus();
  await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();
  return practitioner;
}

async function regularStepsToGrid(page: Page, t: Copy, reason: string, axe?: string) {
  const scan = async (what: string) => axe && (await expectNoAxeViolations(page, { context: `${what} ${axe}` }));
  await page.getByRole("link", { name: t.book }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.specialtyStep })).toBeVisible();
  await scan("specialty");
  await page.getByRole("link", { name: t.family, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.practitionerStep })).toBeVisible();
  await scan("practitioner");
  await page.getByRole("link", { name: new RegExp(t.otherDoctor) }).click();
  // Dr. Nguyen works at one site only: no site step, straight to the type.
  await page.getByRole("link", { name: new RegExp(t.checkup) }).click();
  await expect(page.getByLabel(t.reason)).toBeVisible();
  await scan("when");
  // "Any time after" shows a native date input; then back to "as soon as possible".
  await page.getByLabel(t.after).check();
  await expect(page.locator('input[type="date"]')).toBeVisible();
  await page.getByLabel(t.asap).check();
  await page.getByLabel(t.reason).fill(reason);
  await page.getByRole("button", { name: t.next }).click();
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test.describe(`appointments in ${locale}`, () => {
    test("confirms the seeded visit inside the confirmation window; it cannot be cancelled online any more", async ({ page }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      const item = await seededItemWith(page, t, t.confirm);
      await item.locator("summary").click();
      await expect(item).not.toContainText(t.cancel);
      await expect(item.getByRole("button", { name: t.cancel })).toHaveCount(0);
      await expect(item).toContainText(CLINIC_PHONE);
      await item.getByRole("button", { name: t.confirm }).click();
      await expect(item.getByRole("status")).toBeVisible();
      await expect(item.locator("summary")).toContainText(t.confirmed);
      await expect(item.getByRole("button", { name: t.confirm })).toHaveCount(0);
    });

    test("cancels the visit ~6 days ahead after an are-you-sure step (Back once), and it shows red and cancelled", async ({ page }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      const item = await seededItemWith(page, t, t.cancel);
      await item.locator("summary").click();
      await expect(item.getByText(t.cancellableUntil)).toBeVisible();
      await item.getByRole("button", { name: t.cancel }).click();
      await expect(item.getByRole("button", { name: t.cancelYes })).toBeVisible();
      await item.getByRole("button", { name: t.back }).click();
      await expect(item.getByRole("button", { name: t.cancelYes })).toHaveCount(0);
      await expect(item.getByRole("button", { name: t.cancel })).toBeFocused();
      await item.getByRole("button", { name: t.cancel }).click();
      await item.getByRole("button", { name: t.cancelYes }).click();
      await expect(item.getByRole("status")).toBeVisible();
      await expect(item.locator("summary")).toContainText(t.cancelled);
      await expect(item).toHaveClass(/border-l-red-700/);
      await expect(item.getByRole("button", { name: t.cancel })).toHaveCount(0);
    });

    test("books a regular visit as soon as possible, by keyboard, and sees it in upcoming (axe at 1280 px)", async ({ page }) => {
      test.slow();
      await setViewport(page, "desktop");
      const reason = `Sore knee ${locale} ${Date.now()}`;
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await expectNoAxeViolations(page, { context: `tab ${locale} 1280` });
      await regularStepsToGrid(page, t, reason, `${locale} 1280`);
      expect(page.url()).not.toContain("Sore");
      const slot = await pickFirstSlotByKeyboard(page, t, `grid ${locale} 1280`);
      expect(slot).toContain("Julie Nguyen");
      await expect(page.getByText(t.checkup).first()).toBeVisible();
      await expect(page.getByLabel(t.reason)).toHaveValue(reason);
      await expectNoAxeViolations(page, { context: `confirm ${locale} 1280` });
      // The breadcrumb goes back to an earlier step and keeps the later choices.
      await page.getByRole("link", { name: t.changeSpecialty }).click();
      await expect(page.getByRole("heading", { level: 2, name: t.specialtyStep })).toBeVisible();
      await page.getByRole("link", { name: t.family, exact: true }).click();
      await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
      await page.getByRole("table").getByRole("link").first().click();
      await expect(page.getByLabel(t.reason)).toHaveValue(reason);
      await page.getByRole("button", { name: t.confirm }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      expect(page.url()).not.toContain("Sore");
      await expectNoAxeViolations(page, { context: `done ${locale} 1280` });
      await page.getByRole("link", { name: t.done }).click();
      const booked = upcomingSection(page, t).getByRole("listitem").filter({ hasText: "Julie Nguyen" }).first();
      await booked.locator("summary").click();
      await expect(booked).toContainText(reason);
      await expect(booked).toContainText(t.checkup);
    });

    test("books an emergency visit across practitioners (axe at 360 px)", async ({ page }) => {
      test.slow();
      await setViewport(page, "mobile");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await expectNoAxeViolations(page, { context: `tab ${locale} 360` });
      await page.getByRole("link", { name: t.emergency }).click();
      await expectNoAxeViolations(page, { context: `emergency site ${locale} 360` });
      await page.getByRole("link", { name: new RegExp(t.plateau) }).click();
      await expect(page.getByRole("link", { name: new RegExp(t.minor) })).toBeVisible();
      await expectNoAxeViolations(page, { context: `emergency type ${locale} 360` });
      await page.getByRole("link", { name: new RegExp(t.minor) }).click();
      await expect(page.getByRole("heading", { level: 2, name: t.reasonTitle })).toBeVisible();
      await expectNoAxeViolations(page, { context: `emergency reason ${locale} 360` });
      await page.getByLabel(t.reason).fill("Fever since yesterday");
      await page.getByRole("button", { name: t.next }).click();
      expect(page.url()).not.toContain("Fever");
      const doctor = await pickFirstSlotByKeyboard(page, t, `emergency grid ${locale} 360`);
      expect(doctor).toMatch(/^Dr\. /);
      await expect(page.getByLabel(t.reason)).toHaveValue("Fever since yesterday");
      await expectNoAxeViolations(page, { context: `emergency confirm ${locale} 360` });
      await page.getByRole("button", { name: t.confirm }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expectNoAxeViolations(page, { context: `emergency done ${locale} 360` });
      await page.getByRole("link", { name: t.done }).click();
      const booked = upcomingSection(page, t).getByRole("listitem").filter({ hasText: doctor });
      await expect(booked.first()).toBeVisible();
      for (const summary of await booked.locator("summary").all()) await summary.click();
      await expect(upcomingSection(page, t).getByText("Fever since yesterday")).toBeVisible();
      // The dashboard lists it too, linking to the tab.
      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByRole("region", { name: t.dashboardUpcoming }).getByRole("link", { name: new RegExp(doctor) }).first()).toBeVisible();
    });

    test("every page of the regular flow passes axe at 360 px", async ({ page }) => {
      test.slow();
      await setViewport(page, "mobile");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      // The tab with details expanded.
      for (const summary of await page.locator("summary").all()) await summary.click();
      await expectNoAxeViolations(page, { context: `tab expanded ${locale} 360` });
      await regularStepsToGrid(page, t, "axe walk", `${locale} 360`);
      await pickFirstSlotByKeyboard(page, t, `grid ${locale} 360`);
      await expectNoAxeViolations(page, { context: `confirm ${locale} 360` });
    });

    test("every page of the emergency flow passes axe at 1280 px", async ({ page }) => {
      test.slow();
      await setViewport(page, "desktop");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      for (const summary of await page.locator("summary").all()) await summary.click();
      await expectNoAxeViolations(page, { context: `tab expanded ${locale} 1280` });
      await page.getByRole("link", { name: t.emergency }).click();
      await expectNoAxeViolations(page, { context: `emergency site ${locale} 1280` });
      await page.getByRole("link", { name: new RegExp(t.plateau) }).click();
      await expectNoAxeViolations(page, { context: `emergency type ${locale} 1280` });
      await page.getByRole("link", { name: new RegExp(t.minor) }).click();
      await expectNoAxeViolations(page, { context: `emergency reason ${locale} 1280` });
      await page.getByRole("button", { name: t.next }).click();
      await pickFirstSlotByKeyboard(page, t, `emergency grid ${locale} 1280`);
      await expectNoAxeViolations(page, { context: `emergency confirm ${locale} 1280` });
    });
  });
}

test.describe("the parent books for the child", () => {
  for (const locale of ["fr", "en"] as Locale[]) {
    test(`from Léo's tab (${locale})`, async ({ page }) => {
      test.slow();
      const t = copy[locale];
      await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
      const nav = page.getByRole("navigation", { name: locale === "en" ? "Portal sections" : /sections du portail/i });
      await nav.getByRole("link", { name: /Léo Tremblay/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      // Léo's seeded visit ~10 days ahead is there.
      await expect(upcomingSection(page, t).getByRole("listitem").filter({ hasText: "Antoine Roy" }).first()).toBeVisible();
      await page.getByRole("link", { name: t.book }).click();
      await expect(page.getByText(/Léo Tremblay/).first()).toBeVisible();
      await page.getByRole("link", { name: locale === "en" ? "Pediatrics" : "Pédiatrie" }).click();
      // The assigned practitioner comes first.
      const first = page.getByRole("region").getByRole("listitem").first();
      await expect(first).toContainText("Antoine Roy");
      await first.getByRole("link").click();
      // Dr. Roy works at two sites: choose one.
      await page.getByRole("link", { name: new RegExp(t.plateau) }).click();
      await page.getByRole("link", { name: locale === "en" ? /Pediatric visit/ : /Visite pédiatrique/ }).click();
      await page.getByLabel(t.reason).fill("Vaccination");
      await page.getByRole("button", { name: t.next }).click();
      await pickFirstSlotByKeyboard(page, t);
      await page.getByRole("button", { name: t.confirm }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await page.getByRole("link", { name: t.done }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      await expect(upcomingSection(page, t).getByRole("listitem").filter({ hasText: "Antoine Roy" }).nth(1)).toBeVisible();
    });
  }
});
