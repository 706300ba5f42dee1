// Page weight (issue 11) on the production build: the HTML document of the
// login, dashboard and appointments pages and of a full week of the patient's
// booking grid, and the first-load JS of the public and portal pages (the gzip
// size of every <script src> the HTML references, summed). Every number is
// printed, then checked against its budget, in both languages.
import { gzipSync } from "node:zlib";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import { expect as baseExpect, login, test, type Locale } from "./fixtures";

// The grid searches slots on the server: slow on a busy 2-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const KB = 1000;
const BUDGET = {
  html: 30 * KB,
  gridHtml: 60 * KB,
  publicJs: 130 * KB,
  portalJs: 170 * KB,
};

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
    nextWeek: "Next week",
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
    [...html.toString("utf8").matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ""),
  );
  let js = 0;
  for (const src of sources) {
    const script = await request.get(src.replaceAll("&amp;", "&"));
    expect(script.status(), `GET ${src}`).toBe(200);
    js += gzipSync(await script.body()).length;
  }
  return { html: html.length, js };
}

function report(what: string, weight: Weight) {
  console.log(
    `page weight: ${what}: HTML ${(weight.html / KB).toFixed(1)} kB, first-load JS ${(weight.js / KB).toFixed(1)} kB gzip`,
  );
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
    const weights: [string, Weight, number, number][] = [];

    const loginPage = await measure(page.request, `/${locale}/login`);
    weights.push([`${locale} login`, loginPage, BUDGET.html, BUDGET.publicJs]);

    await login(page, t.email, DEMO_PASSWORD, locale);
    for (const path of ["dashboard", "appointments"]) {
      const weight = await measure(page.request, `/${locale}/${path}`);
      weights.push([`${locale} ${path}`, weight, BUDGET.html, BUDGET.portalJs]);
    }
    const grid = await measure(page.request, await gridUrl(page, t, locale));
    weights.push([`${locale} booking grid (full week)`, grid, BUDGET.gridHtml, BUDGET.portalJs]);

    for (const [what, weight] of weights) report(what, weight);
    for (const [what, weight, html, js] of weights) {
      expect.soft(weight.html, `${what}: HTML bytes`).toBeLessThanOrEqual(html);
      expect.soft(weight.js, `${what}: first-load JS, gzip bytes`).toBeLessThanOrEqual(js);
    }
  });
}
