// The confirmation window and the cancellation cut-off on a moved clock
// (POST /api/test/clock, TEST_CLOCK=1 on the e2e server only): a patient books
// a visit ten days ahead (the confirmation email carries an .ics file in the
// clinic's wall-clock time); today it cannot be confirmed yet (its page says from
// when) and can be cancelled online until 48 h before; then the server's clock
// stands 60 h before the visit: the 72 h reminder goes out and the visit can be
// confirmed or cancelled; at 36 h before, cancelling online is refused with
// the clinic's number, and the patient confirms.
// This project runs alone, after all the others (playwright.config.ts).
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect as baseExpect, login, test, type Locale } from "./fixtures";

const expect = baseExpect.configure({ timeout: 15_000 });
const HOUR = 3_600_000;
const CLINIC_PHONE = "514-555-0100";
const TIME_ZONE = "America/Toronto";

const copy = {
  en: {
    email: DEMO_ACCOUNTS.adult,
    tab: "Appointments",
    nav: "Portal sections",
    book: "Book an appointment",
    family: "Family medicine",
    doctor: "Dre Julie Nguyen",
    checkup: "Annual check-up",
    after: "Any time after a date",
    reason: "Reason for the appointment",
    next: "Next",
    grid: "Choose an availability",
    confirm: "Confirm appointment",
    cancel: "Cancel appointment",
    confirmed: "Confirmed",
    cancelledStatus: "Cancelled",
    doneTitle: "Your appointment is booked",
    done: "Done",
    upcoming: "Upcoming appointments",
    notYet: /You can confirm this appointment from .+ \(within 72 hours of it\)/,
    until: /Can be cancelled online until/,
    tooLate: new RegExp(`can no longer be cancelled online .+ call the clinic at ${CLINIC_PHONE}`),
    reminder: "Reminder: your upcoming appointment",
    booked: /^Appointment booked: /,
    linkCancelTitle: "Are you sure you want to cancel this appointment?",
    linkCancelButton: "Cancel the appointment",
    linkBack: "Back",
    linkCancelled: /The appointment is cancelled\./,
    linkDead: /This appointment was cancelled, so its links no longer work/,
    cancelledSubject: "Appointment cancelled",
    cancelledByPatient: "was cancelled from the patient portal",
  },
  fr: {
    email: DEMO_ACCOUNTS.patient,
    tab: "Rendez-vous",
    nav: /sections du portail/i,
    book: "Prendre un rendez-vous",
    family: "Médecine familiale",
    doctor: "Dre Julie Nguyen",
    checkup: "Bilan annuel",
    after: "N’importe quand après une date",
    reason: "Motif du rendez-vous",
    next: "Suivant",
    grid: "Choisissez une disponibilité",
    confirm: "Confirmer le rendez-vous",
    cancel: "Annuler le rendez-vous",
    confirmed: "Confirmé",
    cancelledStatus: "Annulé",
    doneTitle: "Votre rendez-vous est réservé",
    done: "Terminé",
    upcoming: "Rendez-vous à venir",
    notYet: /Vous pourrez confirmer ce rendez-vous à partir du .+ \(72 heures avant\)/,
    until: /Peut être annulé en ligne jusqu’au/,
    tooLate: new RegExp(
      `ne peut plus être annulé en ligne .+ appelez la clinique au ${CLINIC_PHONE}`,
    ),
    reminder: "Rappel\u00a0: votre prochain rendez-vous",
    booked: /^Rendez-vous réservé\u00a0: /,
    linkCancelTitle: "Voulez-vous vraiment annuler ce rendez-vous\u00a0?",
    linkCancelButton: "Annuler le rendez-vous",
    linkBack: "Retour",
    linkCancelled: /Le rendez-vous est annulé\./,
    linkDead: /Ce rendez-vous a été annulé\u00a0; ses liens ne fonctionnent donc plus/,
    cancelledSubject: "Rendez-vous annulé",
    cancelledByPatient: "a été annulé à partir du portail patient",
  },
} as const;

async function setServerClock(
  request: APIRequestContext,
  at: Date | null,
): Promise<{ now: string; reminded: number }> {
  const response = await request.post("/api/test/clock", {
    data: { at: at?.toISOString() ?? null },
  });
  expect(response.status(), "POST /api/test/clock").toBe(200);
  return (await response.json()) as { now: string; reminded: number };
}

/** A calendar date `days` after today in the clinic's time zone, as the date input wants it. */
function clinicDatePlus(days: number): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + days * 24 * HOUR));
}

async function openTab(page: Page, t: (typeof copy)[Locale]) {
  await page
    .getByRole("navigation", { name: t.nav })
    .getByRole("link", { name: t.tab, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: t.tab })).toBeVisible();
}

/** Books Dr. Nguyen, "any time after" a date ten days ahead; opens its page from its row in the tab; returns the page's content, the row, the page's path and the start. */
async function bookTenDaysAhead(page: Page, t: (typeof copy)[Locale], reason: string) {
  await page.getByRole("link", { name: t.book }).click();
  await page.getByRole("link", { name: t.family, exact: true }).click();
  await page.getByRole("link", { name: new RegExp(t.doctor) }).click();
  await page.getByRole("link", { name: new RegExp(t.checkup) }).click();
  await page.getByLabel(t.after).check();
  await page.locator('input[type="date"]').fill(clinicDatePlus(10));
  await page.getByLabel(t.reason).fill(reason);
  await page.getByRole("button", { name: t.next }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await page.getByRole("button", { name: t.confirm }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
  const id = new URL(page.url()).searchParams.get("appointment");
  expect(id).toBeTruthy();
  await page.getByRole("link", { name: t.done }).click();
  // Its row in the tab links to its page, which holds the reason, the rules and the actions.
  const row = page
    .getByRole("region", { name: t.upcoming })
    .locator(`a[href$="/appointments/${id}"]`);
  const startsAt = new Date((await row.locator("time").getAttribute("datetime")) ?? "");
  expect(startsAt.getTime() - Date.now(), "booked at least nine days ahead").toBeGreaterThan(
    9 * 24 * HOUR,
  );
  await row.click();
  const item = page.getByRole("main");
  await expect(item).toContainText(reason);
  return { item, row, path: new URL(page.url()).pathname, startsAt };
}

test.describe.configure({ mode: "serial" });

test.afterEach(async ({ request }) => {
  await setServerClock(request, null);
});

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test(`confirm opens 72 h before and online cancelling closes 48 h before, on the server's clock (${locale})`, async ({
    page,
    request,
    mailbox,
  }) => {
    test.setTimeout(120_000);
    const reason = `Clock check ${locale} ${Date.now()}`;
    await login(page, t.email, DEMO_PASSWORD, locale);
    await openTab(page, t);

    const { item, path, startsAt } = await bookTenDaysAhead(page, t, reason);

    // Today: not yet confirmable, and the page says from when; cancellable online until 48 h before.
    await expect(item.getByText(t.notYet)).toBeVisible();
    await expect(item.getByText(t.until)).toBeVisible();
    await expect(item.getByRole("button", { name: t.confirm })).toHaveCount(0);
    await expect(item.getByRole("button", { name: t.cancel })).toBeVisible();

    // 60 h before the visit: the 72 h reminder is due and goes out.
    const beforeMove = new Date(Date.now() - 1000);
    const moved = await setServerClock(request, new Date(startsAt.getTime() - 60 * HOUR));
    expect(moved.reminded).toBeGreaterThanOrEqual(1);
    const reminder = await mailbox.waitFor({ to: t.email, subject: t.reminder, after: beforeMove });
    expect(reminder.text).toContain("Julie Nguyen");

    // Days later, the old session has gone idle: log in again. The visit can
    // now be confirmed, and still be cancelled online (until 48 h before).
    await login(page, t.email, DEMO_PASSWORD, locale);
    await page.goto(path);
    await expect(item.getByRole("button", { name: t.confirm })).toBeVisible();
    await expect(item.getByText(t.until)).toBeVisible();
    await expect(item.getByRole("button", { name: t.cancel })).toBeVisible();

    // 36 h before: past the cut-off, cancelling online is refused with the clinic's number; confirming still works.
    await setServerClock(request, new Date(startsAt.getTime() - 36 * HOUR));
    await login(page, t.email, DEMO_PASSWORD, locale);
    await page.goto(path);
    await expect(item.getByText(t.tooLate)).toBeVisible();
    await expect(item.getByRole("button", { name: t.cancel })).toHaveCount(0);
    await item.getByRole("button", { name: t.confirm }).click();
    await expect(item.getByRole("status")).toBeVisible();
    await expect(item.getByText(t.confirmed, { exact: true })).toBeVisible();
    await expect(item.getByRole("button", { name: t.confirm })).toHaveCount(0);
  });

  test(`the reminder's Cancel link, without a login: "are you sure?", Back changes nothing, then cancel once, and the notice (${locale})`, async ({
    page,
    browser,
    request,
    mailbox,
  }) => {
    test.setTimeout(120_000);
    const reason = `Link cancel ${locale} ${Date.now()}`;
    await login(page, t.email, DEMO_PASSWORD, locale);
    await openTab(page, t);
    const { row, startsAt } = await bookTenDaysAhead(page, t, reason);

    const beforeMove = new Date(Date.now() - 1000);
    await setServerClock(request, new Date(startsAt.getTime() - 60 * HOUR));
    const reminder = await mailbox.waitFor({ to: t.email, subject: t.reminder, after: beforeMove });
    const links = [
      ...new Set(mailbox.links(reminder).filter((l) => l.includes("/appointment-link/"))),
    ].map((l) => new URL(l).pathname);
    expect(links, "a Confirm and a Cancel link").toHaveLength(2);
    const [confirmPath, cancelPath] = links as [string, string];

    // A browser with no session, as from a mail client.
    const anonymous = await browser.newPage();
    try {
      await anonymous.goto(cancelPath);
      await expect(
        anonymous.getByRole("heading", { level: 1, name: t.linkCancelTitle }),
      ).toBeVisible();
      await anonymous.getByRole("link", { name: t.linkBack }).click();
      await expect(
        anonymous.getByRole("heading", { level: 1, name: t.linkCancelTitle }),
      ).toHaveCount(0);
      // Back did not use the link: it still asks.
      await anonymous.goto(cancelPath);
      await expect(
        anonymous.getByRole("heading", { level: 1, name: t.linkCancelTitle }),
      ).toBeVisible();
      const beforeCancel = new Date(Date.now() - 1000);
      await anonymous.getByRole("button", { name: t.linkCancelButton }).click();
      await expect(
        anonymous.getByRole("status").filter({ hasText: t.linkCancelled }),
      ).toBeVisible();
      const notice = await mailbox.waitFor({
        to: t.email,
        subject: t.cancelledSubject,
        after: beforeCancel,
      });
      expect(notice.text).toContain(t.cancelledByPatient);
      // The other link of that reminder died with the appointment.
      await anonymous.goto(confirmPath);
      await expect(anonymous.getByRole("alert").filter({ hasText: t.linkDead })).toBeVisible();
    } finally {
      await anonymous.close();
    }

    // The portal shows it cancelled.
    await login(page, t.email, DEMO_PASSWORD, locale);
    await openTab(page, t);
    await expect(row).toContainText(t.cancelledStatus);
  });
}

test("the clock cannot be moved from another site", async ({ playwright, baseURL }) => {
  const foreign = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: "https://evil.example" },
  });
  try {
    const response = await foreign.post("/api/test/clock", {
      data: { at: new Date(Date.now() + 99 * 24 * HOUR).toISOString() },
    });
    expect(response.status()).toBe(403);
  } finally {
    await foreign.dispose();
  }
});
