// The booking grid on phones: below `md` the week is a strip of days (each
// with its number of free times; a day without any stays focusable and says
// so) and the chosen day's times as large buttons by morning and afternoon;
// from `md` the week table is unchanged. In both languages a patient picks a
// day on the strip and a time by keyboard at 390 px and books it; no
// horizontal scrolling at 320 px; axe at 320, 390 and 1280 px; screenshots
// of the grid at 320, 390 and 1280 px. Picks "the first open day after the one
// shown", so runs never depend on which slots earlier tests took.
import type { Locator, Page, TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { formatLocalDate } from "../../lib/time/format";
import {
  expect as baseExpect,
  expectNoAxeViolations,
  login,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

// The grid searches slots on the server: slow on a busy 2-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const copy = {
  en: {
    email: DEMO_ACCOUNTS.adult,
    book: "Book an appointment",
    family: "Family medicine",
    doctor: /Julie Nguyen/,
    checkup: /Annual check-up/,
    reason: "Reason for the appointment",
    next: "Next",
    grid: "Choose an availability",
    chooseDay: "Choose a day",
    nextWeek: "Next week",
    previousWeek: "Previous week",
    weekOf: /^Week of/,
    noAvailability: /No availability$/,
    timesFree: /(\d+) times? free$/,
    morning: "Morning",
    afternoon: "Afternoon",
    confirmTitle: "Confirm the appointment",
    confirm: "Confirm appointment",
    doneTitle: "Your appointment is booked",
  },
  fr: {
    email: DEMO_ACCOUNTS.patient,
    book: "Prendre un rendez-vous",
    family: "Médecine familiale",
    doctor: /Julie Nguyen/,
    checkup: /Bilan annuel/,
    reason: "Motif du rendez-vous",
    next: "Suivant",
    grid: "Choisissez une disponibilité",
    chooseDay: "Choisissez un jour",
    nextWeek: "Semaine suivante",
    previousWeek: "Semaine précédente",
    weekOf: /^Semaine du/,
    noAvailability: /Aucune disponibilité$/,
    timesFree: /(\d+) heures? libres?$/,
    morning: "Matin",
    afternoon: "Après-midi",
    confirmTitle: "Confirmer le rendez-vous",
    confirm: "Confirmer le rendez-vous",
    doneTitle: "Votre rendez-vous est réservé",
  },
} as const;

type Copy = (typeof copy)[Locale];

/** The YYYY-MM-DD date `days` after `date`. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week shown: the one before the "next week" arrow's. */
async function shownMonday(page: Page, t: Copy): Promise<string> {
  const href = await page.getByRole("link", { name: t.nextWeek }).getAttribute("href");
  const week = new URL(href ?? "", "http://portal.test").searchParams.get("week");
  expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return addDays(week as string, -7);
}

async function stepsToGrid(page: Page, t: Copy, locale: Locale) {
  await page.goto(`/${locale}/appointments`);
  await page.getByRole("link", { name: t.book }).click();
  await page.getByRole("link", { name: t.family, exact: true }).click();
  await page.getByRole("link", { name: t.doctor }).click();
  await page.getByRole("link", { name: t.checkup }).click();
  await page.getByLabel(t.reason).fill(`Phone grid ${locale}`);
  await page.getByRole("button", { name: t.next }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
}

function strip(page: Page, t: Copy): Locator {
  return page.getByRole("group", { name: t.chooseDay });
}

async function screenshot(page: Page, testInfo: TestInfo, locale: Locale) {
  const { width } = page.viewportSize()!;
  await page.screenshot({
    path: testInfo.outputPath(`booking-grid-${locale}-${width}.png`),
    fullPage: true,
  });
}

async function expectNoHorizontalScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test(`on a phone in ${locale}, books a time from the day strip by keyboard; the week table stays on desktop`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await setViewport(page, "phone390");
    await login(page, t.email, DEMO_PASSWORD, locale);
    await stepsToGrid(page, t, locale);

    // A phone gets the strip of the seven days, not the week table.
    const days = strip(page, t).getByRole("button");
    await expect(days).toHaveCount(7);
    await expect(page.getByRole("table")).toHaveCount(0);
    const monday = await shownMonday(page, t);
    // Weekends have no blocks in the seed: focusable, marked unavailable, and saying so.
    const sunday = days.nth(6);
    await expect(sunday).toHaveAccessibleName(t.noAvailability);
    await expect(sunday).toHaveAttribute("aria-disabled", "true");
    await expect(sunday).toHaveAttribute("aria-pressed", "false");
    await sunday.focus();
    await expect(sunday).toBeFocused();
    await sunday.press("Enter");
    await expect(sunday).toHaveAttribute("aria-pressed", "false");
    // Exactly one day is shown, one with times.
    const pressed = strip(page, t).getByRole("button", { pressed: true });
    await expect(pressed).toHaveCount(1);
    await expect(pressed).toHaveAccessibleName(t.timesFree);
    await expectNoAxeViolations(page, { context: `phone grid ${locale} 390` });
    await screenshot(page, testInfo, locale);

    // 320 px: nothing wider than the screen; every day and time is a large target.
    await setViewport(page, "phone320");
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, testInfo, locale);
    for (const day of await days.all())
      expect((await day.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page, { context: `phone grid ${locale} 320` });

    // 1280 px: the week table as before, no strip.
    await setViewport(page, "desktop");
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: t.morning })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: t.afternoon })).toBeVisible();
    await expect(table.getByRole("link").first()).toBeVisible();
    await expect(strip(page, t)).toHaveCount(0);
    await expectNoAxeViolations(page, { context: `phone grid ${locale} 1280` });
    await screenshot(page, testInfo, locale);

    // Back on the phone: the next open day after the one shown, chosen by keyboard.
    await setViewport(page, "phone390");
    const states = await days.evaluateAll((buttons) =>
      buttons.map((b) => ({
        pressed: b.getAttribute("aria-pressed") === "true",
        open: b.getAttribute("aria-disabled") !== "true",
      })),
    );
    const shown = states.findIndex((s) => s.pressed);
    const later = states.findIndex((s, i) => i > shown && s.open);
    const index = later === -1 ? shown : later;
    const day = days.nth(index);
    const free = t.timesFree.exec((await day.textContent()) ?? "");
    expect(free, "the chosen day's number of free times").not.toBeNull();
    await day.focus();
    await page.keyboard.press("Enter");
    await expect(day).toHaveAttribute("aria-pressed", "true");
    await expect(strip(page, t).getByRole("button", { pressed: true })).toHaveCount(1);

    // The day's times: its heading, and links named by weekday, date, time and practitioner.
    const date = addDays(monday, index);
    await expect(page.getByRole("main").getByRole("heading", { level: 4 })).toHaveText(
      formatLocalDate(date, locale, "weekdayDate"),
    );
    const dayTimes = page
      .getByRole("link")
      .filter({ hasText: /Julie Nguyen/ })
      .and(page.getByRole("link", { name: formatLocalDate(date, locale, "date") }));
    await expect(dayTimes).toHaveCount(Number(free![1]));
    const first = dayTimes.first();
    await expect(first).toHaveAccessibleName(
      new RegExp(
        `^${formatLocalDate(date, locale, { weekday: "long" })} ${formatLocalDate(date, locale, "date")},\\s*\\d{1,2}(:| h )\\d{2}.*,\\s*Dre Julie Nguyen$`,
      ),
    );
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // The chosen time, by keyboard: Tab from the chosen day past the later days.
    await day.focus();
    for (let i = index + 1; i < 7; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(first).toBeFocused();
    const href = await first.getAttribute("href");
    expect(href).toContain("/confirm");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: t.confirmTitle })).toBeVisible();
    await expect(page.getByText(formatLocalDate(date, locale, "date")).first()).toBeVisible();
    await page.getByRole("button", { name: t.confirm }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
  });

  test(`on a phone in ${locale}, the week arrows change the strip's days`, async ({ page }) => {
    test.slow();
    await setViewport(page, "phone390");
    await login(page, t.email, DEMO_PASSWORD, locale);
    await stepsToGrid(page, t, locale);
    const monday = await shownMonday(page, t);
    const heading = page.getByRole("heading", { level: 3, name: t.weekOf });
    const shownHeading = await heading.textContent();

    await page.getByRole("link", { name: t.nextWeek }).click();
    await expect(heading).not.toHaveText(shownHeading ?? "");
    expect(await shownMonday(page, t)).toBe(addDays(monday, 7));
    const days = strip(page, t).getByRole("button");
    await expect(days).toHaveCount(7);
    // The new week opens on its own first open day, whose times are of that week.
    const pressed = strip(page, t).getByRole("button", { pressed: true });
    await expect(pressed).toHaveCount(1);
    const nextWeekDates = Array.from({ length: 7 }, (_, i) =>
      formatLocalDate(addDays(monday, 7 + i), locale, "weekdayDate"),
    );
    const dayHeading = await page
      .getByRole("main")
      .getByRole("heading", { level: 4 })
      .textContent();
    expect(nextWeekDates).toContain(dayHeading);

    await page.getByRole("link", { name: t.previousWeek }).click();
    await expect(heading).toHaveText(shownHeading ?? "");
    await expectNoHorizontalScroll(page, VIEWPORTS.phone390.width);
  });
}
