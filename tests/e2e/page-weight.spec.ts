// Page weight on the production build: the HTML document of the
// login, dashboard, appointments and inbox pages (the appointments tab also for a patient with
// 50 upcoming and 40 past visits, where the tab shows ten of each per page) and of a full week of the patient's
// booking grid, and the first-load JS of the public and portal pages (the gzip
// size of every <script src> the HTML references, summed). Every number is
// printed, then checked against its budget (or, where the budget is not met
// yet, against a ceiling, with the reason), in both languages.
import { gzipSync } from "node:zlib";
import type { APIRequestContext, Page } from "@playwright/test";
import {
  DEMO_BUSY_ACCOUNT,
  DEMO_PASSWORD,
  DEMO_REMINDER_ACCOUNTS,
} from "../../lib/demo/credentials";
import { expect as baseExpect, login, test, type Locale } from "./fixtures";

// The grid searches slots on the server: slow on a busy 2-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const KB = 1000;
type PageName = "login" | "dashboard" | "appointments" | "busyAppointments" | "inbox" | "grid";
type Kind = "html" | "js";

/** HTML: bytes of the document; js: gzip bytes of the scripts it loads. */
const BUDGET: Record<PageName, Record<Kind, number>> = {
  login: { html: 30 * KB, js: 130 * KB },
  dashboard: { html: 30 * KB, js: 170 * KB },
  appointments: { html: 30 * KB, js: 170 * KB },
  inbox: { html: 30 * KB, js: 170 * KB },
  busyAppointments: { html: 30 * KB, js: 170 * KB },
  grid: { html: 60 * KB, js: 170 * KB },
};

/**
 * Where sending only the messages each client component uses was not enough:
 * what the remaining weight is, and a ceiling that keeps it from
 * growing. Lower the ceiling, or remove the entry, when the page gets lighter.
 */
const OVER_BUDGET: Partial<Record<`${PageName} ${Kind}`, { ceiling: number; why: string }>> = {
  "login js": {
    ceiling: 176 * KB,
    why: "the framework alone is ~125 kB (react-dom 73, Next's router 37, runtime 15), then use-intl 12 kB (the shell's error page translates on the client) and next-auth's client 16 kB, which the form calls on submit; no messages travel in the JS",
  },
  "dashboard html": {
    ceiling: 43 * KB,
    why: "the navigation drew text only (25 kB) until it got icons, a phone menu and skeletons; its icons now travel once, drawn on the client by name (48 → 44 kB), the not-found page Next sends with every page is a client reference, not its markup (−1.3 kB), and the appointment actions get their own messages and the error texts, not the whole appointments namespace (−1.6 kB). Half of the HTML is the RSC payload: the forms namespace (when a visit awaits confirmation), the error page's messages (1 kB) and the account links' (0.7 kB)",
  },
  "appointments html": {
    ceiling: 35.5 * KB,
    why: "as the dashboard: the navigation's icons and the phone menu (28 kB before them); the tab's rows went from 44 to 37.5 kB when they stopped carrying each appointment's details, then 33.3 kB with the lighter not-found reference",
  },
  "busyAppointments html": {
    ceiling: 52.5 * KB,
    why: "the shell alone (header, sidebar with icons, phone menu) is ~33 kB, as on this patient's near-empty Inbox; the tab adds ~19 kB: ten upcoming and ten past rows (~400 bytes of HTML each, plus ~270 bytes of compact props for the client list in the RSC payload, written once rather than twice as server markup), two page navigations and the totals. It was 275–478 kB when every appointment was a <details> holding its whole detail and actions, and the history was not paginated",
  },
  "grid html": {
    ceiling: 95.5 * KB,
    why: "a full week of the demo is 70 slots, each a link of ~250 bytes (the booking query: four ids and the start) and a ~200-byte name (weekday, date, time, practitioner) for screen readers; the slots travel once, as compact props of a client component, not twice as server markup (131 → 76 kB); then the navigation and the phone menu, as on the dashboard (83 → 95 kB)",
  },
};

// Accounts whose list of appointments no other spec grows (appointment-emails
// only confirms their seeded visit), so the numbers do not depend on which specs ran first.
const copy = {
  en: {
    email: DEMO_REMINDER_ACCOUNTS.en,
    book: "Book an appointment",
    family: "Family medicine",
    doctor: /Julie Nguyen/,
    checkup: /Annual check-up/,
    reason: "Reason for the appointment",
    next: "Next",
    grid: "Choose an availability",
    nextWeek: "Next week",
  },
  fr: {
    email: DEMO_REMINDER_ACCOUNTS.fr,
    book: "Prendre un rendez-vous",
    family: "Médecine familiale",
    doctor: /Julie Nguyen/,
    checkup: /Bilan annuel/,
    reason: "Motif du rendez-vous",
    next: "Suivant",
    grid: "Choisissez une disponibilité",
    nextWeek: "Semaine suivante",
  },
} satisfies Record<Locale, Record<string, string | RegExp>>;

type Weight = { html: number; js: number };

/** The HTML of `path` as the server sends it, and the gzip size of the scripts it loads. */
async function measure(request: APIRequestContext, path: string): Promise<Weight> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `GET ${path}`).toBe(200);
  const html = await response.body();
  const sources = new Set(
    [...html.toString("utf8").matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
      // A browser that runs modules never downloads a nomodule script (Next's polyfills).
      .filter(([tag]) => !/\snomodule/i.test(tag))
      .map((m) => m[1] ?? ""),
  );
  let js = 0;
  for (const src of sources) {
    const script = await request.get(src.replaceAll("&amp;", "&"));
    expect(script.status(), `GET ${src}`).toBe(200);
    js += gzipSync(await script.body()).length;
  }
  return { html: html.length, js };
}

function check(locale: Locale, name: PageName, weight: Weight) {
  for (const kind of ["html", "js"] as const) {
    const over = OVER_BUDGET[`${name} ${kind}`];
    const limit = over?.ceiling ?? BUDGET[name][kind];
    const what = `${locale} ${name} ${kind === "html" ? "HTML" : "first-load JS (gzip)"}`;
    console.log(
      `page weight: ${what}: ${(weight[kind] / KB).toFixed(1)} kB (budget ${BUDGET[name][kind] / KB} kB${over ? `; over it, ceiling ${over.ceiling / KB} kB: ${over.why}` : ""})`,
    );
    expect.soft(weight[kind], `${what}, bytes`).toBeLessThanOrEqual(limit);
  }
}

async function gridUrl(page: Page, t: (typeof copy)[Locale], locale: Locale) {
  await page.goto(`/${locale}/appointments`);
  await page.getByRole("link", { name: t.book }).click();
  await page.getByRole("link", { name: t.family, exact: true }).click();
  await page.getByRole("link", { name: t.doctor }).click();
  await page.getByRole("link", { name: t.checkup }).click();
  await page.getByLabel(t.reason).fill("Page weight");
  await page.getByRole("button", { name: t.next }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
  // The first week may start today; the next one is a full week.
  await page.getByRole("link", { name: t.nextWeek }).click();
  await expect(page).toHaveURL(/week=/);
  await expect(page.getByRole("heading", { level: 2, name: t.grid })).toBeVisible();
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

for (const locale of ["en", "fr"] as Locale[]) {
  test(`page weight in ${locale}: HTML and first-load JS within budget`, async ({ page }) => {
    test.slow();
    const t = copy[locale];
    check(locale, "login", await measure(page.request, `/${locale}/login`));
    await login(page, t.email, DEMO_PASSWORD, locale);
    for (const name of ["dashboard", "appointments", "inbox"] as const) {
      check(locale, name, await measure(page.request, `/${locale}/${name}`));
    }
    check(locale, "grid", await measure(page.request, await gridUrl(page, t, locale)));
  });
}

test("the Appointments tab of a patient with 50 upcoming and 40 past visits: within budget, French within 1 kB of English", async ({
  page,
}) => {
  test.slow();
  await login(page, DEMO_BUSY_ACCOUNT, DEMO_PASSWORD, "en");
  const weights: Partial<Record<Locale, number>> = {};
  for (const locale of ["en", "fr"] as Locale[]) {
    const weight = await measure(page.request, `/${locale}/appointments`);
    check(locale, "busyAppointments", weight);
    weights[locale] = weight.html;
  }
  expect(Math.abs(weights.fr! - weights.en!), "fr minus en, bytes").toBeLessThanOrEqual(KB);
  // Ten of each list on the first page, the totals, and each list's own pages.
  await page.goto("/en/appointments?past=2");
  const upcoming = page.getByRole("region", { name: "Upcoming appointments" });
  const past = page.getByRole("region", { name: "Appointment history" });
  await expect(upcoming.getByRole("listitem")).toHaveCount(10);
  await expect(upcoming).toContainText("50 upcoming");
  await expect(upcoming.getByRole("navigation")).toContainText("Page 1 of 5");
  await expect(past.getByRole("listitem")).toHaveCount(10);
  await expect(past).toContainText("40 past");
  await expect(past.getByRole("navigation")).toContainText("Page 2 of 4");
  const first = await upcoming.locator("time").first().getAttribute("datetime");
  await upcoming.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]upcoming=2/);
  await expect(page).toHaveURL(/[?&]past=2/);
  await expect(upcoming.getByRole("navigation")).toContainText("Page 2 of 5");
  await expect(past.getByRole("navigation")).toContainText("Page 2 of 4");
  const second = await upcoming.locator("time").first().getAttribute("datetime");
  expect(new Date(second!).getTime()).toBeGreaterThan(new Date(first!).getTime());
});
