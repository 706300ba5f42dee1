// The weekly availability editor, in both languages: an admin opens Lucas
// Martin's week, starts Monday mornings earlier, copies Monday to Tuesday–
// Friday with the keyboard, saves, reads what changed, and the appointment
// book then offers a slot in the new hours. The editor and the exceptions page
// pass axe at 320, 390 and 1280 px with no horizontal scrolling; screenshots of
// both are saved at 390 and 1280 px.
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

const TZ = "America/Toronto";

const copy = {
  en: {
    availabilityOf: "Availability of Lucas Martin",
    monday: "Monday",
    start: /^Start time/,
    copyMonday: "Copy Monday to other days…",
    copyButton: "Copy Monday",
    weekdays: ["Tuesday", "Wednesday", "Thursday", "Friday"],
    copied: "Monday copied to Tuesday, Wednesday, Thursday, Friday. Save the week to keep it.",
    save: "Save the week",
    saved: "The week was saved. What changed:",
    changed: "5 ranges changed",
    exceptions: "Add or remove time off and extra blocks",
    // Each locale moves Monday mornings to its own start, so the two runs each change 5 ranges;
    // the summary is checked on the new hours only (the old ones depend on which ran first).
    newStart: "07:00",
    mondayItem: "now 7:00 a.m.–12:00 p.m.",
    search: "Search by name or date of birth",
    searchButton: "Search",
    choose: "Choose Jean Gagnon",
    practitionerLabel: "Practitioner",
    typeLabel: "Appointment type",
    type: "Physiotherapy follow-up (30 min)",
    showSlots: "Show available times",
  },
  fr: {
    availabilityOf: "Disponibilités de Lucas Martin",
    monday: "lundi",
    start: /^Heure de début/,
    copyMonday: "Copier lundi vers d’autres jours…",
    copyButton: "Copier lundi",
    weekdays: ["mardi", "mercredi", "jeudi", "vendredi"],
    copied:
      "lundi copié vers mardi, mercredi, jeudi, vendredi. Enregistrez la semaine pour le garder.",
    save: "Enregistrer la semaine",
    saved: "La semaine a été enregistrée. Ce qui a changé\u00a0:",
    changed: "5 plages modifiées",
    exceptions: "Ajouter ou supprimer des absences et des plages supplémentaires",
    newStart: "07:30",
    mondayItem: "maintenant 7 h 30 à 12 h 00",
    search: "Rechercher par nom ou date de naissance",
    searchButton: "Rechercher",
    choose: "Choisir Jean Gagnon",
    practitionerLabel: "Professionnel",
    typeLabel: "Type de rendez-vous",
    type: "Suivi en physiothérapie (30 min)",
    showSlots: "Afficher les heures disponibles",
  },
} as const;

function localDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TZ }).format(instant);
}

/** The Monday of next week, in the clinic's zone. */
function nextMonday(): string {
  for (let days = 7; days < 14; days++) {
    const date = localDate(new Date(Date.now() + days * 86_400_000));
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 1) return date;
  }
  throw new Error("no Monday");
}

/** The UTC ISO string of a local wall-clock time in the clinic's zone. */
function utcOf(date: string, hhmm: string): string {
  for (const offset of [4, 5]) {
    const candidate = new Date(`${date}T${hhmm}:00Z`);
    candidate.setUTCHours(candidate.getUTCHours() + offset);
    const wall = new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(candidate);
    if (wall === hhmm && localDate(candidate) === date) return candidate.toISOString();
  }
  throw new Error(`no UTC instant for ${date} ${hhmm}`);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

const shot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test.describe(`the weekly availability editor in ${locale}`, () => {
    test("an admin sets a week in one form, copying Monday to Tuesday–Friday, and the book offers the new hours", async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000);
      await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
      await page.goto(`/${locale}/admin/availability`);
      await page.getByRole("link", { name: t.availabilityOf }).click();

      const monday = page.getByRole("listitem", { name: t.monday, exact: true });
      await monday.getByLabel(t.start).first().fill(t.newStart);
      // Copy with the keyboard only.
      await monday.getByRole("button", { name: t.copyMonday }).focus();
      await page.keyboard.press("Enter");
      for (const day of t.weekdays) {
        await monday.getByRole("checkbox", { name: day, exact: true }).focus();
        await page.keyboard.press("Space");
      }
      await monday.getByRole("button", { name: t.copyButton, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(monday.getByRole("status")).toHaveText(t.copied);
      for (const day of t.weekdays)
        await expect(
          page.getByRole("listitem", { name: day, exact: true }).getByLabel(t.start).first(),
        ).toHaveValue(t.newStart);

      await page.getByRole("button", { name: t.save }).click();
      const summary = page.getByRole("region", { name: t.saved });
      await expect(summary).toContainText(t.changed);
      await expect(summary).toContainText(t.mondayItem);
      await expect(summary.getByRole("heading", { name: t.saved })).toBeFocused();
      await expectNoAxeViolations(page, { context: `week saved ${locale} 1280` });
      await shot(page, testInfo, `availability-saved-${locale}-1280`);
      await setViewport(page, "phone390");
      await expectNoHorizontalScroll(page);
      await shot(page, testInfo, `availability-saved-${locale}-390`);

      // The appointment book offers next Monday at the new start.
      await setViewport(page, "desktop");
      await page.goto(`/${locale}/admin/appointments/new`);
      await page.getByLabel(t.search).fill("Gagnon");
      await page.getByRole("button", { name: t.searchButton, exact: true }).click();
      await page.getByRole("link", { name: t.choose }).click();
      await page.getByLabel(t.practitionerLabel).selectOption({ label: "Lucas Martin" });
      await page.getByLabel(t.typeLabel).selectOption({ label: t.type });
      await page.getByRole("button", { name: t.showSlots }).click();
      await expect(page).toHaveURL(/typeId=/);
      const monday2 = nextMonday();
      await page.goto(`${page.url()}&week=${monday2}`);
      await expect(
        page.locator(`input[type="radio"][value$="|${utcOf(monday2, t.newStart)}"]`),
      ).toHaveCount(1);
    });

    for (const size of ["phone320", "phone390", "desktop"] as const) {
      const width = VIEWPORTS[size].width;
      test(`the editor and the exceptions page pass axe at ${width}px, with no sideways scrolling`, async ({
        page,
      }, testInfo) => {
        test.setTimeout(120_000);
        await setViewport(page, size);
        await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
        await page.goto(`/${locale}/admin/availability`);
        await page.getByRole("link", { name: t.availabilityOf }).click();
        await expect(page.getByRole("button", { name: t.save })).toBeVisible();
        await expectNoAxeViolations(page, { context: `week editor ${locale} ${width}` });
        await expectNoHorizontalScroll(page);
        if (size !== "phone320")
          await shot(page, testInfo, `availability-editor-${locale}-${width}`);
        // The copy panel open.
        const monday = page.getByRole("listitem", { name: t.monday, exact: true });
        await monday.getByRole("button", { name: t.copyMonday }).click();
        await expect(
          monday.getByRole("checkbox", { name: t.weekdays[0], exact: true }),
        ).toBeVisible();
        await expectNoAxeViolations(page, { context: `copy panel ${locale} ${width}` });
        await expectNoHorizontalScroll(page);

        await page.getByRole("link", { name: t.exceptions }).click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Lucas Martin");
        await expectNoAxeViolations(page, { context: `exceptions ${locale} ${width}` });
        await expectNoHorizontalScroll(page);
        if (size !== "phone320")
          await shot(page, testInfo, `availability-exceptions-${locale}-${width}`);
      });
    }
  });
}
