// The appointment book as a calendar. In English, an admin gives Lucas Martin
// Sunday hours in the weekly editor and sees them shaded on the Sunday of his
// week, at the right height of the time axis; a seeded visit sits in its
// practitioner's column at its time; the admin opens it from the calendar with
// the keyboard, then switches the book to the list. In both languages, the day,
// week and list views pass axe at 320, 390 and 1280 px with no sideways page
// scrolling (the calendar scrolls inside its own region), and screenshots of
// the day and week calendars are saved at 390 and 1280 px.
import type { Locator, Page } from "@playwright/test";
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
    title: "Appointment book",
    show: "Show",
    view: "Period",
    week: "Week",
    dayCalendar: /^Calendar of /,
    weekCalendar: "Calendar of Dre Marie Lefebvre, week of",
    layouts: "Show the book as",
    list: "List",
    lefebvre: "Dre Marie Lefebvre",
  },
  fr: {
    title: "Agenda des rendez-vous",
    show: "Afficher",
    view: "Période",
    week: "Semaine",
    dayCalendar: /^Calendrier du /,
    weekCalendar: "Calendrier de Dre Marie Lefebvre, semaine du",
    layouts: "Afficher l’agenda en",
    list: "Liste",
    lefebvre: "Dre Marie Lefebvre",
  },
} as const;

/** YYYY-MM-DD of an instant in the clinic's zone. */
function localDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TZ }).format(instant);
}

const inDays = (days: number) => localDate(new Date(Date.now() + days * 86_400_000));

/** The Sunday 7 to 13 days from now (clinic time): no seeded hours, no other spec's. */
function nextSunday(): string {
  for (let days = 7; days < 14; days++) {
    const date = inDays(days);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 0) return date;
  }
  throw new Error("no Sunday");
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, "not drawn").not.toBeNull();
  return b!;
}

/** The top of an hour's line on the calendar's axis ("9 a.m."). */
const hourTop = async (calendar: Locator, label: string) =>
  (await box(calendar.getByText(label, { exact: true }))).y;

test.describe("the appointment book as a calendar", () => {
  test("Sunday hours set in the weekly editor show in the week; a visit opens from the day with the keyboard; the list is one link away", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const sunday = nextSunday();
    await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");

    // Sundays 09:00–11:30 for Lucas Martin (a new range starts at 09:00).
    await page.goto("/en/admin/availability");
    await page.getByRole("link", { name: "Availability of Lucas Martin" }).click();
    const sundayDay = page.getByRole("listitem", { name: "Sunday", exact: true });
    await sundayDay.getByRole("button", { name: /^Add a time range/ }).click();
    await sundayDay.getByLabel(/^End time/).fill("11:30");
    await sundayDay.getByRole("checkbox", { name: "Physiotherapy follow-up", exact: true }).check();
    await page.getByRole("button", { name: "Save the week" }).click();
    await expect(
      page.getByRole("region", { name: "The week was saved. What changed:" }),
    ).toContainText("Sunday, 9:00 a.m.–11:30 a.m.");

    // His week in the book, chosen in the book's own form.
    await page.goto("/en/admin/appointments");
    await page.getByLabel("Period", { exact: true }).selectOption({ label: "Week" });
    await page.getByLabel("Date", { exact: true }).fill(sunday);
    await page.getByLabel("Show", { exact: true }).selectOption({ label: "Lucas Martin" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    const week = page.getByRole("region", { name: /^Calendar of Lucas Martin, week of/ });
    await expect(week).toBeVisible();
    const sundayColumn = week
      .getByRole("heading", { level: 3 })
      .filter({ hasText: /^Sun/ })
      .locator("xpath=..");
    // The shaded hours: from the 9 a.m. line, two and a half hours high.
    const hour = (await hourTop(week, "10 a.m.")) - (await hourTop(week, "9 a.m."));
    const shade = await box(sundayColumn.locator(".cal-day > .bg-brand-50"));
    expect(Math.abs(shade.y - (await hourTop(week, "9 a.m.")))).toBeLessThan(2);
    expect(Math.abs(shade.height - 2.5 * hour)).toBeLessThan(2);

    // A seeded visit, six days from now at 10:00: in Dr Okafor's column, on the 10 a.m. line.
    await page.goto(`/en/admin/appointments?date=${inDays(6)}`);
    const day = page.getByRole("region", { name: /^Calendar of / });
    const okafor = day
      .getByRole("heading", { level: 3, name: "Dr Samuel Okafor" })
      .locator("xpath=..");
    const visit = okafor.getByRole("link", { name: /Jean Gagnon/ });
    expect(Math.abs((await box(visit)).y - (await hourTop(day, "10 a.m.")))).toBeLessThan(2);
    await expect(visit).toContainText("10:00 a.m.");
    // The status in words (another spec may have confirmed it).
    await expect(visit).toContainText(/Booked, not confirmed|Confirmed/);
    // With the keyboard: focus the visit, Enter opens it.
    await visit.focus();
    await expect(visit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /Jean Gagnon/ })).toBeVisible();

    // Back in the book, the list layout: the same visit, now a card of the day.
    await page.goBack();
    const layouts = page.getByRole("navigation", { name: "Show the book as" });
    await expect(layouts.getByRole("link", { name: "Calendar" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await layouts.getByRole("link", { name: "List" }).click();
    await expect(page).toHaveURL(/layout=list/);
    await expect(layouts.getByRole("link", { name: "List" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("region", { name: /^Calendar of / })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Jean Gagnon/ })).toBeVisible();
  });

  for (const locale of ["en", "fr"] as Locale[]) {
    const t = copy[locale];
    test(`day, week and list views pass axe in ${locale} at 320, 390 and 1280 px, without sideways page scrolling`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(240_000);
      await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
      await page.goto(`/${locale}/admin/appointments`);
      const lefebvre = await page
        .getByLabel(t.show, { exact: true })
        .locator("option", { hasText: t.lefebvre })
        .getAttribute("value");
      const views = {
        // The seeded visits of six days from now, for everyone: a column per practitioner.
        day: `/${locale}/admin/appointments?date=${inDays(6)}`,
        // Dr Lefebvre's next week, inside her seeded weekday hours.
        week: `/${locale}/admin/appointments?view=week&date=${inDays(7)}&show=${lefebvre}`,
        list: `/${locale}/admin/appointments?date=${inDays(6)}&layout=list`,
      };
      // The document's weight, calendar and list, printed for the record (a busy day's
      // markup is compared in components/appointments/book-weight.test.tsx).
      const bytes = async (url: string) => (await (await page.request.get(url)).body()).length;
      console.log(
        `book HTML ${locale}: day calendar ${await bytes(views.day)} B, list ${await bytes(views.list)} B, week calendar ${await bytes(views.week)} B`,
      );
      for (const size of ["phone320", "phone390", "desktop"] as const) {
        const width = VIEWPORTS[size].width;
        await setViewport(page, size);
        for (const [name, url] of Object.entries(views)) {
          await page.goto(url);
          await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
          if (name === "week")
            await expect(
              page.getByRole("region", { name: new RegExp(`^${t.weekCalendar}`) }),
            ).toBeVisible();
          if (name === "day")
            await expect(page.getByRole("region", { name: t.dayCalendar })).toBeVisible();
          await expectNoAxeViolations(page, { context: `book ${name} ${locale} ${width}` });
          await expectNoHorizontalScroll(page);
          if (name !== "list" && size !== "phone320")
            await page.screenshot({
              path: testInfo.outputPath(
                `admin-calendar${name === "week" ? "-week" : ""}-${locale}-${width}.png`,
              ),
              fullPage: true,
            });
        }
      }
    });
  }
});
