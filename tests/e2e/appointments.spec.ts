// The patient's Appointments tab and booking flows, in English (Jean) and
// French (Sophie, the parent), on the seeded clinic: the tab lists compact rows
// (the one inside the confirmation window marked "To confirm"), each opening
// the appointment's page, where the patient confirms the seeded visit inside
// the confirmation window, cancels the one ~6 days ahead (with an "are you
// sure?" step and Back), and sees that the ~36 h one cannot be cancelled online
// (the clinic's phone instead), then the new status back in the list; book a regular visit as soon as possible and an
// emergency visit, book for the child from the child's tab; the grid's week
// arrows, the losing booker of one slot (two pages), the emergency types'
// descriptions, and the parent's dashboard listing the child's visits (who,
// when, practitioner, site). Every page of these
// flows is scanned by axe at 360 px and 1280 px (the appointment's page also at
// 320 px, with no horizontal scrolling; screenshots of it and of the tab at 390
// and 1280 px); the slot grid is used by
// keyboard. Tests pick "the first free slot shown", so runs never depend on
// which slots earlier tests took. The confirm/cancel tests run before the
// booking tests of the same account: a fresh booking may also sit inside the
// windows.
import type { Locator, Page, TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { formatInstant, formatLocalDate } from "../../lib/time/format";
import {
  expect as baseExpect,
  expectNoAxeViolations,
  login,
  openPhoneMenu,
  selectProfile,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

// Each step renders on the server (the grid searches slots): on a busy
// 2-core machine a navigation can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const CLINIC_PHONE = "514-555-0100";
const TIME_ZONE = "America/Toronto";

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
    booked: "Booked, not confirmed",
    toConfirm: "To confirm",
    backToList: "Back to appointments",
    cancellableUntil: /Can be cancelled online until/,
    family: "Family medicine",
    otherDoctor: "Dre Julie Nguyen",
    checkup: "Annual check-up",
    asap: "As soon as possible",
    after: "Any time after a date",
    reason: "Reason for the appointment",
    next: "Next",
    grid: "Choose an availability",
    nextWeek: "Next week",
    previousWeek: "Previous week",
    weekOf: /^Week of/,
    weekRange: (start: string, end: string) => `Week of ${start} to ${end}`,
    takenNext:
      "The time you chose is no longer free. Here is the next free time: check it, then confirm.",
    confirmedNotice: "This appointment is confirmed.",
    confirmedWords: "appointment is confirmed",
    cancelledNotice: "The appointment is cancelled.",
    cancelAsk: /^Cancel the appointment on .+\? The time will be offered to other patients\.$/,
    complex: "Complex emergency",
    minorDescription:
      "A sudden problem that is not serious: fever, sore throat, earache, rash, minor cut or sprain.",
    complexDescription:
      "A problem that needs a longer exam: several symptoms, a worsening chronic condition, or an injury needing care.",
    emergencyTypeStep: "Choose the type of emergency",
    slotName:
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [A-Z][a-z]+ \d{1,2}, \d{4},\s*\d{1,2}:\d{2}\s[ap]\.m\.\s*,\s*\S.+/,
    confirmTitle: "Confirm the appointment",
    doneTitle: "Your appointment is booked",
    done: "Done",
    plateau: "Plateau site",
    minor: "Minor emergency",
    reasonTitle: "Reason for the visit",
    dashboard: "Dashboard",
    dashboardUpcoming: "Upcoming appointments",
    noAvailability: "No availability",
    chooseDay: "Choose a day",
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
    emergency: "Rendez-vous d’urgence",
    upcoming: "Rendez-vous à venir",
    history: "Historique des rendez-vous",
    confirm: "Confirmer le rendez-vous",
    confirmed: "Confirmé",
    cancel: "Annuler le rendez-vous",
    cancelYes: "Oui, l’annuler",
    back: "Retour",
    cancelled: "Annulé",
    booked: "Réservé, non confirmé",
    toConfirm: "À confirmer",
    backToList: "Retour aux rendez-vous",
    cancellableUntil: /Peut être annulé en ligne jusqu’au/,
    family: "Médecine familiale",
    otherDoctor: "Dre Julie Nguyen",
    checkup: "Bilan annuel",
    asap: "Dès que possible",
    after: "N’importe quand après une date",
    reason: "Motif du rendez-vous",
    next: "Suivant",
    grid: "Choisissez une disponibilité",
    nextWeek: "Semaine suivante",
    previousWeek: "Semaine précédente",
    weekOf: /^Semaine du/,
    weekRange: (start: string, end: string) => `Semaine du ${start} au ${end}`,
    takenNext:
      "La plage choisie n’est plus libre. Voici la prochaine plage libre\u00a0: vérifiez-la, puis confirmez.",
    confirmedNotice: "Ce rendez-vous est confirmé.",
    confirmedWords: "rendez-vous est confirmé",
    cancelledNotice: "Le rendez-vous est annulé.",
    cancelAsk: /^Annuler le rendez-vous du .+\? La plage sera offerte à d’autres patients\.$/,
    complex: "Urgence complexe",
    minorDescription:
      "Un problème soudain et peu grave\u00a0: fièvre, mal de gorge, mal d’oreille, éruption, petite coupure ou entorse.",
    complexDescription:
      "Un problème qui demande un examen plus long\u00a0: plusieurs symptômes, une maladie chronique qui s’aggrave ou une blessure à soigner.",
    emergencyTypeStep: "Choisissez le type d’urgence",
    slotName:
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) [a-zéû]+ \d{4},\s*\d{1,2} h \d{2}\s*,\s*\S.+/,
    confirmTitle: "Confirmer le rendez-vous",
    doneTitle: "Votre rendez-vous est réservé",
    done: "Terminé",
    plateau: "Site du Plateau",
    minor: "Urgence mineure",
    reasonTitle: "Motif de la consultation",
    dashboard: "Tableau de bord",
    dashboardUpcoming: "Rendez-vous à venir",
    noAvailability: "Aucune disponibilité",
    chooseDay: "Choisissez un jour",
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

/** The YYYY-MM-DD date `days` after `date`. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A calendar date as the grid writes it ("March 9, 2026", "1er mars 2026"): the server's formatter. */
function longDay(date: string, locale: Locale): string {
  return formatLocalDate(date, locale, "date");
}

/** The Monday a week arrow of the grid leads to (its `week` parameter). */
async function weekOfArrow(link: Locator): Promise<string> {
  const week = new URL(
    (await link.getAttribute("href")) ?? "",
    "http://portal.test",
  ).searchParams.get("week");
  expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return week as string;
}

/** The grid's slots, as text; each one must fall on a day of the week starting on `monday`. */
async function expectSlotsInWeek(page: Page, monday: string, locale: Locale): Promise<string[]> {
  const days = Array.from({ length: 7 }, (_, i) => longDay(addDays(monday, i), locale));
  const slots = await page.getByRole("table").getByRole("link").allTextContents();
  expect(slots.length, `slots in the week of ${monday}`).toBeGreaterThan(0);
  for (const slot of slots)
    expect(
      days.some((day) => slot.includes(day)),
      `"${slot}" is in the week of ${monday}`,
    ).toBe(true);
  return slots;
}

/** A link's accessible name, as Playwright computes it (the aria snapshot's first line). */
async function accessibleName(link: Locator): Promise<string> {
  const snapshot = await link.ariaSnapshot();
  const match = /^- link "((?:[^"\\]|\\.)*)"/.exec(snapshot);
  expect(match, snapshot).not.toBeNull();
  const name = JSON.parse(`"${match![1]}"`) as string;
  await expect(link).toHaveAccessibleName(name);
  return name;
}

/** Axe on the page as it is now, at phone and desktop widths (a resize keeps the page's state). */
async function expectNoAxeViolationsAtBothWidths(page: Page, context: string) {
  for (const size of ["mobile", "desktop"] as const) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `${context} ${VIEWPORTS[size].width}` });
  }
}

/**
 * The seeded practitioner's first upcoming row that waits for the patient's
 * confirmation (`toConfirm`), or else the first one booked and not waiting
 * (the visit ~6 days ahead, cancellable online).
 */
function seededRow(page: Page, t: Copy, toConfirm: boolean): Locator {
  const rows = upcomingSection(page, t).getByRole("listitem").filter({ hasText: t.seededDoctor });
  return (
    toConfirm
      ? rows.filter({ hasText: t.toConfirm })
      : rows.filter({ hasText: t.booked }).filter({ hasNotText: t.toConfirm })
  ).first();
}

/**
 * Opens a row of the tab: the appointment's page, titled by its date and time.
 * Returns the page's content and the row's link, found again by its address.
 */
async function openRow(page: Page, row: Locator) {
  const when = ((await row.locator("time").textContent()) ?? "").trim();
  const href = await row.getByRole("link").getAttribute("href");
  expect(href).toMatch(/\/appointments\/[^/?#]+/);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: when })).toBeVisible();
  return { main: page.getByRole("main"), link: page.locator(`main a[href="${href}"]`) };
}

/** No horizontal scrolling of the page at the current width. */
async function expectNoSideScroll(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
}

/** Full-page screenshots at 390 and 1280 px, kept with the test's results. */
async function screenshots(page: Page, testInfo: TestInfo, name: string, locale: Locale) {
  for (const size of ["phone390", "desktop"] as const) {
    await setViewport(page, size);
    await expectNoSideScroll(page);
    await page.screenshot({
      path: testInfo.outputPath(`${name}-${locale}-${VIEWPORTS[size].width}.png`),
      fullPage: true,
    });
  }
}

async function openTab(page: Page, locale: Locale, t: Copy) {
  await openPhoneMenu(page);
  await page
    .getByRole("navigation", { name: locale === "en" ? "Portal sections" : /sections du portail/i })
    .getByRole("link", { name: t.tab, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: t.tab })).toBeVisible();
}

/**
 * The first free slot of the grid, reached by keyboard and opened with Enter;
 * returns its practitioner. From `md` the week table, reached from the "next
 * week" link; on a phone the day strip (its first open day is shown), the
 * first time reached from the strip's last day.
 */
async function pickFirstSlotByKeyboard(page: Page, t: Copy, axe?: string) {
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: t.weekOf })).toBeVisible();
  const phone = (page.viewportSize()?.width ?? VIEWPORTS.desktop.width) < 768;
  const days = page.getByRole("group", { name: t.chooseDay }).getByRole("button");
  const table = page.getByRole("table");
  if (phone) {
    await expect(days).toHaveCount(7);
    await expect(table).toHaveCount(0);
    // Weekends have no blocks in the seed: "No availability" is shown there.
    await expect(days.last()).toContainText(t.noAvailability);
  } else {
    await expect(table.getByRole("columnheader", { name: t.morning })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: t.afternoon })).toBeVisible();
    await expect(table.getByText(t.noAvailability).first()).toBeVisible();
  }
  if (axe) await expectNoAxeViolations(page, { context: axe });
  const first = (phone ? page.getByRole("main") : table)
    .getByRole("link", { name: t.slotName })
    .first();
  await expect(first).toHaveAccessibleName(t.slotName);
  const practitioner = ((await first.locator("span").last().textContent()) ?? "").trim();
  await (phone ? days.last() : page.getByRole("link", { name: t.nextWeek })).focus();
  await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();
  return practitioner;
}

async function regularStepsToGrid(page: Page, t: Copy, reason: string, axe?: string) {
  const scan = async (what: string) =>
    axe && (await expectNoAxeViolations(page, { context: `${what} ${axe}` }));
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
    test("confirms the seeded visit inside the confirmation window; it cannot be cancelled online any more", async ({
      page,
    }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      const row = seededRow(page, t, true);
      await expect(row).toContainText(t.booked);
      const { main, link } = await openRow(page, row);
      await expect(main).not.toContainText(t.cancel);
      await expect(main.getByRole("button", { name: t.cancel })).toHaveCount(0);
      await expect(main).toContainText(CLINIC_PHONE);
      await main.getByRole("button", { name: t.confirm }).click();
      await expect(main.getByRole("status")).toHaveText(t.confirmedNotice);
      // Refreshed: the status is confirmed, said once, not in two sentences.
      await expect(main.getByText(t.confirmed, { exact: true })).toBeVisible();
      await expect(main.getByRole("button", { name: t.confirm })).toHaveCount(0);
      await expect(main.getByText(t.confirmedWords)).toHaveCount(1);
      // The success message on the appointment's page passes axe.
      await expectNoAxeViolationsAtBothWidths(page, `confirmed notice ${locale}`);
      await expect(main.getByRole("status")).toHaveText(t.confirmedNotice);
      // Back in the list, the row says confirmed and no longer waits for the patient.
      await main.getByRole("link", { name: t.backToList }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.tab })).toBeVisible();
      await expect(link).toContainText(t.confirmed);
      await expect(link).not.toContainText(t.toConfirm);
    });

    test("cancels the visit ~6 days ahead after an are-you-sure step (Back once), and it shows red and cancelled", async ({
      page,
    }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      const { main: item, link } = await openRow(page, seededRow(page, t, false));
      await expect(item.getByText(t.cancellableUntil)).toBeVisible();
      await item.getByRole("button", { name: t.cancel }).click();
      await expect(item.getByRole("button", { name: t.cancelYes })).toBeVisible();
      await item.getByRole("button", { name: t.back, exact: true }).click();
      await expect(item.getByRole("button", { name: t.cancelYes })).toHaveCount(0);
      await expect(item.getByRole("button", { name: t.cancel })).toBeFocused();
      await item.getByRole("button", { name: t.cancel }).click();
      // The "are you sure?" step passes axe.
      await expect(item.getByText(t.cancelAsk)).toBeFocused();
      await expectNoAxeViolationsAtBothWidths(page, `cancel are-you-sure ${locale}`);
      await expect(item.getByRole("button", { name: t.cancelYes })).toBeVisible();
      await item.getByRole("button", { name: t.cancelYes }).click();
      await expect(item.getByRole("status")).toHaveText(t.cancelledNotice);
      await expect(item.getByText(t.cancelled, { exact: true })).toBeVisible();
      await expect(item.getByRole("button", { name: t.cancel })).toHaveCount(0);
      // So does the success message.
      await expectNoAxeViolationsAtBothWidths(page, `cancelled notice ${locale}`);
      await expect(item.getByRole("status")).toHaveText(t.cancelledNotice);
      // Back in the list, the row shows red and cancelled.
      await item.getByRole("link", { name: t.backToList }).click();
      await expect(link).toContainText(t.cancelled);
      await expect(link).toHaveClass(/border-l-red-700/);
    });

    test("books a regular visit as soon as possible, by keyboard, and sees it in upcoming (axe at 1280 px)", async ({
      page,
    }) => {
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
      const id = new URL(page.url()).searchParams.get("appointment");
      await page.getByRole("link", { name: t.done }).click();
      const booked = upcomingSection(page, t)
        .getByRole("listitem")
        .filter({ has: page.locator(`a[href$="/appointments/${id}"]`) });
      await expect(booked).toContainText("Julie Nguyen");
      const { main } = await openRow(page, booked);
      await expect(main).toContainText(reason);
      await expect(main).toContainText(t.checkup);
    });

    test("books an emergency visit across practitioners (axe at 360 px)", async ({ page }) => {
      test.slow();
      await setViewport(page, "mobile");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await expectNoAxeViolations(page, { context: `tab ${locale} 360` });
      await page.getByRole("link", { name: t.emergency }).click();
      // The tab's rows name sites too: wait for the step before choosing one.
      await expect(page).toHaveURL(/\/appointments\/emergency/);
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
      expect(doctor).toMatch(/^Dre? /);
      await expect(page.getByLabel(t.reason)).toHaveValue("Fever since yesterday");
      await expectNoAxeViolations(page, { context: `emergency confirm ${locale} 360` });
      await page.getByRole("button", { name: t.confirm }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expectNoAxeViolations(page, { context: `emergency done ${locale} 360` });
      const id = new URL(page.url()).searchParams.get("appointment");
      await page.getByRole("link", { name: t.done }).click();
      const booked = upcomingSection(page, t)
        .getByRole("listitem")
        .filter({ has: page.locator(`a[href$="/appointments/${id}"]`) });
      await expect(booked).toContainText(doctor);
      const { main } = await openRow(page, booked);
      await expect(main).toContainText("Fever since yesterday");
      // The dashboard lists it too, linking to the tab (under "to confirm" when it is within the window).
      await page.goto(`/${locale}/dashboard`);
      await expect(
        page
          .getByRole("main")
          .getByRole("link", { name: new RegExp(doctor) })
          .first(),
      ).toBeVisible();
    });

    test("the week arrows show the following week's dates and slots, and Previous week comes back", async ({
      page,
    }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await regularStepsToGrid(page, t, `week arrows ${locale}`);
      const heading = page.getByRole("heading", { level: 3, name: t.weekOf });
      await expect(heading).toBeVisible();
      const nextWeek = await weekOfArrow(page.getByRole("link", { name: t.nextWeek }));
      const shownWeek = addDays(nextWeek, -7);
      const shownHeading = t.weekRange(
        longDay(shownWeek, locale),
        longDay(addDays(shownWeek, 6), locale),
      );
      const nextHeading = t.weekRange(
        longDay(nextWeek, locale),
        longDay(addDays(nextWeek, 6), locale),
      );
      expect(nextHeading).not.toBe(shownHeading);
      await expect(heading).toHaveText(shownHeading);
      const shownSlots = await expectSlotsInWeek(page, shownWeek, locale);

      await page.getByRole("link", { name: t.nextWeek }).click();
      await expect(heading).toHaveText(nextHeading);
      const nextSlots = await expectSlotsInWeek(page, nextWeek, locale);
      expect(nextSlots.filter((slot) => shownSlots.includes(slot))).toEqual([]);
      const previous = page.getByRole("link", { name: t.previousWeek });
      expect(await weekOfArrow(previous)).toBe(shownWeek);

      await previous.click();
      await expect(heading).toHaveText(shownHeading);
      await expectSlotsInWeek(page, shownWeek, locale);
      expect(await weekOfArrow(page.getByRole("link", { name: t.nextWeek }))).toBe(nextWeek);
    });

    test("the losing booker: two pages confirm the same slot; the second is told so and offered the next free time, which it books (axe at 360 px)", async ({
      page,
      context,
    }) => {
      test.slow();
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await regularStepsToGrid(page, t, `losing booker ${locale}`);
      await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
      const first = page.getByRole("table").getByRole("link").first();
      await expect(first).toHaveAccessibleName(t.slotName);
      const slot = await accessibleName(first);
      await expect(
        page.getByRole("table").getByRole("link", { name: slot, exact: true }),
      ).toHaveCount(1);
      const confirmUrl = await first.getAttribute("href");
      expect(confirmUrl).toContain("/confirm");

      // A second page of the same session opens that slot's confirmation page.
      const second = await context.newPage();
      try {
        await setViewport(second, "mobile");
        await second.goto(confirmUrl as string);
        await expect(second.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();

        // The first page books it.
        await first.click();
        await expect(page.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();
        await page.getByRole("button", { name: t.confirm }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();

        // The second one loses: its page, drawn again, says so and offers the
        // next free time, which it then books.
        await second.getByRole("button", { name: t.confirm }).click();
        await expect(second.getByRole("alert").filter({ hasText: t.takenNext })).toHaveText(
          t.takenNext,
        );
        await expect(second.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();
        await expectNoAxeViolations(second, { context: `slot taken ${locale} 360` });
        await second.getByRole("button", { name: t.confirm }).click();
        await expect(second.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      } finally {
        await second.close();
      }
    });

    test("the emergency type step describes each type (minor, complex)", async ({ page }) => {
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await page.getByRole("link", { name: t.emergency }).click();
      // The tab's rows name sites too: wait for the step before choosing one.
      await expect(page).toHaveURL(/\/appointments\/emergency/);
      await page.getByRole("link", { name: new RegExp(t.plateau) }).click();
      await expect(
        page.getByRole("heading", { level: 2, name: t.emergencyTypeStep }),
      ).toBeVisible();
      const minor = page.getByRole("link", { name: new RegExp(`^${t.minor}`) });
      const complex = page.getByRole("link", { name: new RegExp(`^${t.complex}`) });
      await expect(minor).toContainText(t.minorDescription);
      await expect(minor).toContainText("15 minutes");
      await expect(minor).not.toContainText(t.complexDescription);
      await expect(complex).toContainText(t.complexDescription);
      await expect(complex).toContainText("30 minutes");
      await expect(complex).not.toContainText(t.minorDescription);
    });

    test("every page of the regular flow passes axe at 360 px, the appointment's page also at 320 px", async ({
      page,
    }, testInfo) => {
      test.slow();
      await setViewport(page, "mobile");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await expectNoAxeViolations(page, { context: `tab ${locale} 360` });
      await screenshots(page, testInfo, "appointments-tab", locale);
      // An upcoming appointment's page, with its actions, and a past one's, with the clinic's note.
      for (const section of [t.upcoming, t.history]) {
        await setViewport(page, "mobile");
        const row = page.getByRole("region", { name: section }).getByRole("listitem").first();
        await openRow(page, row);
        await expectNoAxeViolations(page, { context: `appointment ${section} ${locale} 360` });
        await setViewport(page, "phone320");
        await expectNoSideScroll(page);
        await expectNoAxeViolations(page, { context: `appointment ${section} ${locale} 320` });
        if (section === t.upcoming) await screenshots(page, testInfo, "appointment-page", locale);
        await page.goBack();
      }
      await setViewport(page, "mobile");
      await regularStepsToGrid(page, t, "axe walk", `${locale} 360`);
      await pickFirstSlotByKeyboard(page, t, `grid ${locale} 360`);
      await expectNoAxeViolations(page, { context: `confirm ${locale} 360` });
    });

    test("every page of the emergency flow passes axe at 1280 px", async ({ page }) => {
      test.slow();
      await setViewport(page, "desktop");
      await login(page, t.email, DEMO_PASSWORD, locale);
      await openTab(page, locale, t);
      await expectNoAxeViolations(page, { context: `tab ${locale} 1280` });
      await openRow(page, upcomingSection(page, t).getByRole("listitem").first());
      await expectNoAxeViolations(page, { context: `appointment ${locale} 1280` });
      await page.goBack();
      await page.getByRole("link", { name: t.emergency }).click();
      // The tab's rows name sites too: wait for the step before choosing one.
      await expect(page).toHaveURL(/\/appointments\/emergency/);
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
      const nav = page.getByRole("navigation", {
        name: locale === "en" ? "Portal sections" : /sections du portail/i,
      });
      // Léo selected, the tabs act on him.
      await selectProfile(page, locale, "Léo Tremblay");
      await nav.getByRole("link", { name: t.tab, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      // Léo's seeded visit ~10 days ahead is there.
      await expect(
        upcomingSection(page, t).getByRole("listitem").filter({ hasText: "Antoine Roy" }).first(),
      ).toBeVisible();
      await page.getByRole("link", { name: t.book }).click();
      // The tab's rows name specialties too: wait for the step before choosing one.
      await expect(page.getByRole("heading", { level: 2, name: t.specialtyStep })).toBeVisible();
      await expect(
        page
          .getByRole("main")
          .getByText(/Léo Tremblay/)
          .first(),
      ).toBeVisible();
      await page.getByRole("link", { name: locale === "en" ? "Pediatrics" : "Pédiatrie" }).click();
      // The assigned practitioner comes first.
      const first = page.getByRole("region").getByRole("listitem").first();
      await expect(first).toContainText("Antoine Roy");
      await first.getByRole("link").click();
      // Dr. Roy works at two sites: choose one.
      await page.getByRole("link", { name: new RegExp(t.plateau) }).click();
      await page
        .getByRole("link", { name: locale === "en" ? /Pediatric visit/ : /Visite pédiatrique/ })
        .click();
      await page.getByLabel(t.reason).fill("Vaccination");
      await page.getByRole("button", { name: t.next }).click();
      await pickFirstSlotByKeyboard(page, t);
      await page.getByRole("button", { name: t.confirm }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await page.getByRole("link", { name: t.done }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      await expect(
        upcomingSection(page, t).getByRole("listitem").filter({ hasText: "Antoine Roy" }).nth(1),
      ).toBeVisible();
    });
  }
});

test.describe("the parent's dashboard", () => {
  for (const locale of ["fr", "en"] as Locale[]) {
    test(`lists Léo's upcoming visits: who, when, practitioner and site (${locale})`, async ({
      page,
    }) => {
      const t = copy[locale];
      await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
      // Léo's tab says when his active visits are (the seeded one ~10 days ahead, and any booked for him).
      const nav = page.getByRole("navigation", {
        name: locale === "en" ? "Portal sections" : /sections du portail/i,
      });
      // Léo selected, the tabs act on him.
      await selectProfile(page, locale, "Léo Tremblay");
      await nav.getByRole("link", { name: t.tab, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      const visits = upcomingSection(page, t)
        .getByRole("listitem")
        .filter({ hasText: "Antoine Roy" })
        .filter({ hasNotText: new RegExp(t.cancelled) }); // case-sensitive: the badge, not "can be cancelled"
      await expect(visits.first()).toBeVisible();
      const starts = await visits
        .locator("time")
        .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
      expect(starts.length).toBeGreaterThanOrEqual(1);

      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByRole("region", { name: t.dashboardUpcoming })).toBeVisible();
      // A visit inside its confirmation window is listed under "to confirm", the others under upcoming.
      const upcoming = page.getByRole("main");
      for (const start of starts) {
        const when = formatInstant(start, locale, TIME_ZONE, "dateTime");
        const row = upcoming
          .getByRole("link")
          .filter({ hasText: "Léo Tremblay" })
          .filter({ hasText: when });
        await expect(row, `Léo's visit of ${when} on the dashboard`).toHaveCount(1);
        await expect(row).toContainText("Dr Antoine Roy");
        await expect(row).toContainText(t.plateau);
      }
      // Each row opens that appointment's page, for that person.
      const first = formatInstant(starts[0]!, locale, TIME_ZONE, "dateTime");
      await upcoming
        .getByRole("link")
        .filter({ hasText: "Léo Tremblay" })
        .filter({ hasText: first })
        .click();
      await expect(page).toHaveURL(/\/appointments\/[^/?#]+\?profile=/);
      const main = page.getByRole("main");
      await expect(
        main.getByRole("heading", { level: 1 }).locator(`time[datetime="${starts[0]}"]`),
      ).toBeVisible();
      await expect(main).toContainText("Léo Tremblay");
      await expect(main).toContainText("Antoine Roy");
      await expect(main.getByText(t.plateau).last()).toBeVisible();
      await main.getByRole("link", { name: t.backToList }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Léo Tremblay/ })).toBeVisible();
      // An id that is no appointment of his: a 404, as for another person's.
      const missing = await page.request.get(`/${locale}/appointments/no-such-appointment`);
      expect(missing.status()).toBe(404);
    });
  }
});
