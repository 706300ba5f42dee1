// Appointment emails in both languages, read from the local mailbox: the
// reminder the server's worker sends at start-up for the seeded appointment
// ~26–46 h ahead (its 72 h reminder is due), its Confirm link (the GET shows a
// page and changes nothing; only pressing the button confirms, once, and then
// the page shows only the confirmed state), no Cancel link (past the online
// cut-off: the email says to call the clinic), stale and unknown links, and
// axe on every link page at 360 and 1280 px.
// The e2e server's clock cannot be moved: the windows come from the seed.
import { DEMO_REMINDER_ACCOUNTS } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  type Locale,
  type Mailbox,
  setViewport,
  test,
  VIEWPORTS,
} from "./fixtures";

const copy = {
  en: {
    to: DEMO_REMINDER_ACCOUNTS.en,
    reminder: "Reminder: your upcoming appointment",
    confirmTitle: "Confirm your appointment",
    confirmButton: "Confirm the appointment",
    booked: "Booked, not confirmed",
    confirmed: "Confirmed",
    done: "Thank you: the appointment is confirmed.",
    doneTitle: "Your appointment is confirmed",
    used: /This link was already used/,
    callClinic: "please call the clinic at 514-555-0100. It is too late to cancel online.",
    invalid: /This link is not valid/,
    cancelButton: "Cancel the appointment",
    problemTitle: "Appointment link",
    who: "Olivia Brown",
    login: "Go to the login page",
  },
  fr: {
    to: DEMO_REMINDER_ACCOUNTS.fr,
    reminder: "Rappel\u00a0: votre prochain rendez-vous",
    confirmTitle: "Confirmer votre rendez-vous",
    confirmButton: "Confirmer le rendez-vous",
    booked: "Réservé, non confirmé",
    confirmed: "Confirmé",
    done: "Merci\u00a0: le rendez-vous est confirmé.",
    doneTitle: "Votre rendez-vous est confirmé",
    used: /Ce lien a déjà été utilisé/,
    callClinic:
      "veuillez téléphoner à la clinique au 514-555-0100. Il est trop tard pour annuler en ligne.",
    invalid: /Ce lien n’est pas valide/,
    cancelButton: "Annuler le rendez-vous",
    problemTitle: "Lien de rendez-vous",
    who: "Étienne Gauthier",
    login: "Aller à la page de connexion",
  },
} as const;

/** The reminder of a visit past the online cut-off: its one link, Confirm, and its text. */
async function reminderPastCutoff(mailbox: Mailbox, to: string, subject: string) {
  // The reminder worker runs once the server is up; the outbox delivers a second later.
  const message = await mailbox.waitFor({ to, subject }, 60_000);
  const links = [
    ...new Set(mailbox.links(message).filter((l) => l.includes("/appointment-link/"))),
  ];
  expect(links, "a Confirm link and no Cancel link").toHaveLength(1);
  // Opened on the server under test, whatever host the email names.
  return { confirm: new URL(links[0]!).pathname, text: message.text };
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test.describe(`in ${locale}`, () => {
    test("the reminder's Confirm link: the GET shows the appointment and changes nothing; the button confirms once", async ({
      page,
      mailbox,
    }) => {
      test.slow();
      const links = await reminderPastCutoff(mailbox, t.to, t.reminder);
      // Past the online cut-off: the email says to call the clinic, with no date in the past.
      expect(links.text.replace(/\s+/g, " ")).toContain(t.callClinic);
      expect(links.confirm).toMatch(new RegExp(`^/${locale}/appointment-link/[A-Za-z0-9_-]{43}$`));

      for (const size of ["desktop", "mobile"] as const) {
        await setViewport(page, size);
        await page.goto(links.confirm);
        await expect(page.getByRole("heading", { level: 1, name: t.confirmTitle })).toBeVisible();
        await expect(page.getByText(t.who)).toBeVisible();
        await expect(page.getByText(t.booked, { exact: true })).toBeVisible();
        await expect(page.getByRole("button", { name: t.confirmButton })).toBeVisible();
        await expectNoAxeViolations(page, {
          context: `confirm link ${locale} ${VIEWPORTS[size].width}`,
        });
      }
      // Two GETs later, still unconfirmed (AU-18: a mail scanner's prefetch changes nothing).
      await page.reload();
      await expect(page.getByText(t.booked, { exact: true })).toBeVisible();

      await page.getByRole("button", { name: t.confirmButton }).click();
      await expect(page.getByRole("status").filter({ hasText: t.done })).toBeVisible();
      await expect(page.getByRole("button", { name: t.confirmButton })).toHaveCount(0);
      // Only the new state: not the question, not the old status.
      await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: t.confirmTitle })).toHaveCount(0);
      await expect(page.getByText(t.booked, { exact: true })).toHaveCount(0);
      await expect(page.getByText(t.confirmed, { exact: true })).toBeVisible();

      // Used: the link explains and points to the portal; the page has no button.
      await page.goto(links.confirm);
      await expect(page.getByRole("heading", { level: 1, name: t.problemTitle })).toBeVisible();
      await expect(page.getByRole("alert").filter({ hasText: t.used })).toBeVisible();
      await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
      await expect(page.getByRole("link", { name: t.login })).toBeVisible();
      for (const size of ["mobile", "desktop"] as const) {
        await setViewport(page, size);
        await expectNoAxeViolations(page, {
          context: `used link ${locale} ${VIEWPORTS[size].width}`,
        });
      }
    });

    test("an unknown link explains and links to the login page, without a login", async ({
      page,
    }) => {
      await page.goto(`/${locale}/appointment-link/${"x".repeat(43)}`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/appointment-link/`));
      await expect(page.getByRole("alert").filter({ hasText: t.invalid })).toBeVisible();
      await page.getByRole("link", { name: t.login }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/login`));
    });
  });
}

// The seeded appointment ~50–70 h ahead: its 72 h reminder is due at start-up
// and it is still before the 48 h cut-off.
test('the reminder\'s Cancel link asks "are you sure?", cancels once, and the notice follows', async ({
  page,
  mailbox,
}) => {
  test.slow();
  const reminders = (await mailbox.list(DEMO_REMINDER_ACCOUNTS.cancel)).filter(
    (m) => m.subject === copy.en.reminder,
  );
  let cancelPath: string | undefined;
  let confirmPath: string | undefined;
  for (const message of reminders) {
    const links = [
      ...new Set(mailbox.links(message).filter((l) => l.includes("/appointment-link/"))),
    ].map((l) => new URL(l).pathname);
    await page.goto(links.at(-1)!);
    if (
      await page
        .getByRole("heading", {
          level: 1,
          name: "Are you sure you want to cancel this appointment?",
        })
        .isVisible()
    ) {
      cancelPath = links.at(-1);
      confirmPath = links.length > 1 ? links[0] : undefined;
      break;
    }
  }
  expect(cancelPath, "a reminder whose appointment can still be cancelled online").toBeDefined();
  for (const size of ["mobile", "desktop"] as const) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `cancel link ${VIEWPORTS[size].width}` });
  }
  await expect(page.getByRole("link", { name: "Back" })).toBeVisible();
  const before = new Date(Date.now() - 1_000);
  await page.getByRole("button", { name: copy.en.cancelButton }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The appointment is cancelled." }),
  ).toBeVisible();
  // Only the new state: the question and the old status are gone.
  await expect(
    page.getByRole("heading", { level: 1, name: "Your appointment is cancelled" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Are you sure you want to cancel this appointment?" }),
  ).toHaveCount(0);
  await expect(page.getByText(copy.en.booked, { exact: true })).toHaveCount(0);
  await expect(page.getByText(copy.en.confirmed, { exact: true })).toHaveCount(0);
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  const notice = await mailbox.waitFor({
    to: DEMO_REMINDER_ACCOUNTS.cancel,
    subject: "Appointment cancelled",
    after: before,
  });
  expect(notice.text).toContain("was cancelled from the patient portal");
  if (confirmPath) {
    await page.goto(confirmPath);
    await expect(
      page.getByRole("alert").filter({ hasText: /This appointment was cancelled/ }),
    ).toBeVisible();
  }
});

test("the link pages send no Referer (the URL is the token)", async ({ request }) => {
  const response = await request.get(`/en/appointment-link/${"x".repeat(43)}`);
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});
