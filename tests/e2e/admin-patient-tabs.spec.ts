// The staff patient record in tabs (details, profiles, appointments,
// communications, audit), each a page of its own: an admin moves through them
// with the keyboard, opens a visit from the appointments tab and finds their
// own view in the audit tab; a staff member has no audit tab (its address a
// 404); a profile that does not exist is a 404 on every tab's address, though
// the tabs have a loading skeleton. The portal's boxes, threads, appointments
// and profile keep their 404 under their skeletons too. On the demo seed
// (Jean Gagnon's past visits are stable: no spec changes them).
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  login,
  selectProfile,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";
import type { Page } from "@playwright/test";

const TABS = ["details", "profiles", "appointments", "communications", "audit"] as const;
type Tab = (typeof TABS)[number];

const copy = {
  en: {
    nav: "Patient record",
    tabs: {
      details: "Details",
      profiles: "Profiles",
      appointments: "Appointments",
      communications: "Communications",
      audit: "Audit",
    },
    content: {
      details: "Profile",
      profiles: "Attached accounts",
      appointments: "Past appointments",
      communications: "Communications",
      audit: "Audit",
    },
    undelivered: "Emails not delivered",
    reminder: "Appointment reminder",
  },
  fr: {
    nav: "Dossier du patient",
    tabs: {
      details: "Détails",
      profiles: "Profils",
      appointments: "Rendez-vous",
      communications: "Communications",
      audit: "Audit",
    },
    content: {
      details: "Profil",
      profiles: "Comptes rattachés",
      appointments: "Rendez-vous passés",
      communications: "Communications",
      audit: "Audit",
    },
    undelivered: "Courriels non remis",
    reminder: "Rappel de rendez-vous",
  },
} as const;

const PATIENT = "Jean Gagnon";

/** Opens the patient's record from the patient list; returns its address (the details tab). */
async function openPatient(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/admin/patients?q=Gagnon`);
  await page.getByRole("link", { name: PATIENT }).click();
  await expect(page.getByRole("heading", { level: 1, name: PATIENT })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** What each tab shows: a region named by its section's heading (the audit tab: its table). */
function tabContent(page: Page, locale: Locale, tab: Tab) {
  return page.getByRole("region", { name: copy[locale].content[tab], exact: true }).first();
}

const tabPath = (base: string, tab: Tab) => (tab === "details" ? base : `${base}/${tab}`);

test("an admin moves through the patient's five tabs with the keyboard, opens a visit and finds their view in the audit tab", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");
  const base = await openPatient(page, "en");
  const nav = page.getByRole("navigation", { name: copy.en.nav });
  await expect(nav.getByRole("link", { name: "Details" })).toHaveAttribute("aria-current", "page");
  await expect(tabContent(page, "en", "details")).toBeVisible();

  for (let i = 1; i < TABS.length; i++) {
    const [from, to] = [TABS[i - 1]!, TABS[i]!];
    await nav.getByRole("link", { name: copy.en.tabs[from] }).focus();
    await page.keyboard.press("Tab");
    const link = nav.getByRole("link", { name: copy.en.tabs[to] });
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${tabPath(base, to)}$`));
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(tabContent(page, "en", to)).toBeVisible();
  }

  // The audit tab lists this admin's views of the record (the tabs opened above).
  const audit = tabContent(page, "en", "audit");
  await expect(
    audit.getByRole("row", { name: /admin@demo\.clinic.*patients\.view/ }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Open the full audit log for this patient" }),
  ).toHaveAttribute("href", /\/en\/admin\/audit\?patient=/);

  // A past visit opens its page in the appointment book.
  await page.goto(tabPath(base, "appointments"));
  const past = page.getByRole("region", { name: "Past appointments" });
  const visit = past.getByRole("link").first();
  await expect(visit).toBeVisible();
  await visit.click();
  await expect(page).toHaveURL(/\/en\/admin\/appointments\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(PATIENT).first()).toBeVisible();
});

test("each tab's load records one view of the record, and the tabs' prefetches none", async ({
  page,
}) => {
  // Nora Wilson: a seeded patient whose record no other spec opens.
  await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");
  await page.goto("/en/admin/patients?q=Wilson");
  await page.getByRole("link", { name: "Nora Wilson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nora Wilson" })).toBeVisible();
  const base = new URL(page.url()).pathname;
  for (const tab of ["profiles", "appointments", "communications"] as const) {
    await page.goto(tabPath(base, tab));
    await expect(tabContent(page, "en", tab)).toBeVisible();
  }
  // The audit tab lists the events before recording its own view: the four above.
  await page.goto(tabPath(base, "audit"));
  await expect(
    tabContent(page, "en", "audit").getByRole("row", { name: /patients\.view/ }),
  ).toHaveCount(4);
});

test("a staff member has no audit tab (its address is a 404); every tab of a profile that does not exist is a 404", async ({
  page,
}) => {
  await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, "en");
  const base = await openPatient(page, "en");
  const nav = page.getByRole("navigation", { name: copy.en.nav });
  await expect(nav.getByRole("link")).toHaveCount(4);
  await expect(nav.getByRole("link", { name: "Audit" })).toHaveCount(0);
  expect((await page.goto(tabPath(base, "audit")))?.status(), "audit tab for staff").toBe(404);
  expect((await page.goto(tabPath(base, "appointments")))?.status()).toBe(200);

  const missing = base.replace(/[^/]+$/, "no-such-profile");
  for (const tab of TABS) {
    const response = await page.goto(tabPath(missing, tab));
    expect(response?.status(), tab).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: PATIENT })).toHaveCount(0);
  }
});

test("each tab passes axe at 320, 390 and 1280 px without sideways scrolling; screenshots of details and appointments", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "en");
  const base = (await openPatient(page, "en")).replace(/^\/en/, "");
  const sizes = ["phone320", "phone390", "desktop"] as const;
  // Every tab in English, the details and appointments tabs in French (the
  // screenshots), at each width.
  const visits: [Locale, Tab[]][] = [
    ["en", [...TABS]],
    ["fr", ["details", "appointments"]],
  ];
  for (const size of sizes) {
    await setViewport(page, size);
    const width = VIEWPORTS[size].width;
    for (const [locale, tabs] of visits) {
      for (const tab of tabs) {
        await page.goto(`/${locale}${tabPath(base, tab)}`);
        await expect(tabContent(page, locale, tab)).toBeVisible();
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, `${tab} ${locale} ${width}: page scrolls sideways`).toBeLessThanOrEqual(0);
        // Jean Gagnon's seeded reminder that the email service refused.
        if (tab === "details")
          await expect(
            page.getByRole("region", { name: copy[locale].undelivered, exact: true }),
          ).toContainText(copy[locale].reminder);
        if (locale === "en" || tab === "details")
          await expectNoAxeViolations(page, { context: `patient ${tab} ${locale} ${width}` });
        if (width !== 320 && (tab === "details" || tab === "appointments"))
          await page.screenshot({
            path: testInfo.outputPath(`admin-patient-${tab}-${locale}-${width}.png`),
            fullPage: true,
          });
      }
    }
  }
});

test("the portal's access-checked pages keep their 404 under their loading skeletons", async ({
  page,
}) => {
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "en");
  for (const path of ["/en/inbox", "/en/documents", "/en/bills", "/en/appointments", "/en/profile"])
    expect((await page.goto(path))?.status(), path).toBe(200);
  for (const path of [
    "/en/inbox/no-such-thread",
    "/en/documents/no-such-thread",
    "/en/bills/no-such-thread",
    "/en/inbox?profile=no-such-profile",
    "/en/appointments?profile=no-such-profile",
    "/en/profile?profile=no-such-profile",
  ])
    expect((await page.goto(path))?.status(), path).toBe(404);
  // Léo's profile gives his parent appointments and messages, not documents nor bills.
  await page.goto("/en/dashboard");
  await selectProfile(page, "en", "Léo Tremblay");
  expect((await page.goto("/en/inbox"))?.status()).toBe(200);
  expect((await page.goto("/en/documents"))?.status(), "documents without the permission").toBe(
    404,
  );
  expect((await page.goto("/en/bills"))?.status(), "bills without the permission").toBe(404);
});
