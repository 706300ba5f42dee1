// The README's "Production on PostgreSQL" section, run for real: an EMPTY
// PostgreSQL database (no demo data), `npm run db:migrate`, `npm run
// admin:create` (the password piped on stdin), then the production build served
// by `next start` — what `npm start` runs — sending its emails through the real
// resend SDK to a stand-in on a loopback port (RESEND_BASE_URL). In Chromium:
// the admin logs in, is sent to the first-run setup from every clinic page,
// sets the clinic up (axe on that page), adds a site, a specialty, a
// practitioner, an appointment type bookable online, a weekly block and the
// clinic's terms; a patient registers, activates from the email, accepts the
// terms and books that type with that practitioner, and gets the confirmation
// email. Needs FIRST_RUN_PG_URL, a server URL with a superuser (`npm test`
// starts a throwaway one): the test creates its own database there and drops it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { startFakeResend, type FakeResend, type SentEmail } from "../../scripts/test/fake-resend";
import { expect as baseExpect, expectNoAxeViolations, login, test } from "./fixtures";

// Every step renders on the server of a cold production build, next to the
// demo server, on a small machine: more than the default 5 s per assertion.
const expect = baseExpect.configure({ timeout: 15_000 });

// An action that cannot find its target fails in 30 s, not at the test's timeout.
test.use({ actionTimeout: 30_000, navigationTimeout: 30_000 });

const PG_URL = process.env.FIRST_RUN_PG_URL;
const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const TZ = "America/Toronto";

const ADMIN = { email: "admin@clinic.example", password: "Maple-syrup-2026!" };
const PATIENT = { email: "camille.gagnon@example.test", password: "Birch-canoe-2026!" };
const CLINIC = {
  name: "Clinique du Vieux-Port",
  phone: "514-555-0177",
  email: "accueil@clinic.example",
  addressLine: "200 rue de la Commune Ouest",
  city: "Montréal",
  postalCode: "H2Y 1J4",
  province: "QC",
  clinicCode: "482913",
};
const EMAIL_FROM = "Clinique du Vieux-Port <portal@clinic.example>";
const SITE = { en: "Old Port site", fr: "Site du Vieux-Port" };
const SPECIALTY = { en: "Family medicine", fr: "Médecine familiale" };
const PRACTITIONER = { title: "Dr.", firstName: "Élise", lastName: "Tremblay" };
const PRACTITIONER_NAME = `${PRACTITIONER.firstName} ${PRACTITIONER.lastName}`;
const TYPE = { en: "Annual check-up", fr: "Bilan annuel" };
const TERMS = {
  en: "By using the portal of the Clinique du Vieux-Port you agree to keep your password to yourself.\n\nThe clinic protects your health information as the law requires.",
  fr: "En utilisant le portail de la Clinique du Vieux-Port, vous acceptez de garder votre mot de passe pour vous.\n\nLa clinique protège vos renseignements de santé comme la loi l'exige.",
};
const REASON = "First visit at the new clinic";

// ------------------------------------------------------------ helpers

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A test.step that prints how long it took ("first-run: migrate 2.1 s"). */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await test.step(name, fn);
  } finally {
    console.log(`first-run: ${name} ${seconds(performance.now() - started)}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Runs a command as a clinic would in its shell; resolves with its output, fails on a non-zero exit. */
function runCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin?: string,
): Promise<{ output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", args, { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ output });
      else reject(new Error(`npm ${args.join(" ")} failed (${signal ?? code}):\n${output}`));
    });
    child.stdin.end(stdin ?? "");
  });
}

/** YYYY-MM-DD in the clinic's zone, `days` from now. */
function clinicDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + days * 86_400_000));
}

/** A form field by its label, with or without the "*" and "(required)" that a mandatory field adds. */
function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByLabel(new RegExp(`^${escaped}( ?\\*)?( ?\\(required\\))?$`));
}

/** The http(s) links of an email's text part. */
function links(email: SentEmail): string[] {
  return [...(email.text ?? "").matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => m[0]);
}

// ------------------------------------------------------------ the run's resources

let pgAdmin: pg.Client | undefined;
let databaseName: string | undefined;
let resend: FakeResend | undefined;
let server: ChildProcess | undefined;
let serverLog = "";
let context: BrowserContext | undefined;

function killServerGroup(signal: NodeJS.Signals) {
  if (server?.pid === undefined) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // the group is already gone
  }
}

async function stopServer() {
  if (!server) return;
  const child = server;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  killServerGroup("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  killServerGroup("SIGKILL"); // whatever outlived it
  server = undefined;
}

/** The first email the stand-in got for `to` with that subject, polled (the outbox worker sends every second). */
async function waitForEmail(to: string, subject: string | RegExp): Promise<SentEmail> {
  let found: SentEmail | undefined;
  await baseExpect
    .poll(
      () => {
        found = resend?.sent.find(
          (m) =>
            m.to.includes(to) &&
            (typeof subject === "string" ? m.subject.includes(subject) : subject.test(m.subject)),
        );
        return found !== undefined;
      },
      { message: `no email to ${to} with subject ${String(subject)}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

test.skip(!PG_URL && !process.env.CI, "needs FIRST_RUN_PG_URL (npm test provides it)");

test.afterAll(async () => {
  await context?.close().catch(() => {});
  await stopServer();
  await resend?.close();
  if (pgAdmin) {
    if (databaseName) {
      // The server is gone; FORCE also ends any connection it left behind (PostgreSQL 13+).
      await pgAdmin
        .query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`)
        .catch(() => pgAdmin!.query(`DROP DATABASE IF EXISTS "${databaseName}"`));
    }
    await pgAdmin.end();
  }
});

test("first run: from an empty PostgreSQL database to a booked appointment", async ({
  browser,
}) => {
  if (!PG_URL)
    throw new Error(
      "FIRST_RUN_PG_URL is not set: on CI the first-run test must run (npm test starts a PostgreSQL server and passes its URL)",
    );
  test.setTimeout(360_000);
  const started = performance.now();
  try {
    await firstRun(browser, PG_URL);
    // Nothing on the way failed on the server either (a job before the setup, a page on empty tables).
    const errors = serverLog
      .split("\n")
      .filter((line) => line.includes('"level":"error"') || line.includes("⨯"));
    expect(errors, "error lines in the server's output").toEqual([]);
  } catch (error) {
    if (serverLog)
      await test.info().attach("next start output", { body: serverLog, contentType: "text/plain" });
    throw error;
  }
  console.log(`first-run: total ${seconds(performance.now() - started)}`);
});

async function firstRun(browser: Browser, pgUrl: string) {
  // 1. An empty database of its own.
  const databaseUrl = await timed("create database", async () => {
    pgAdmin = new pg.Client({ connectionString: pgUrl });
    await pgAdmin.connect();
    const name = `firstrun_${randomBytes(5).toString("hex")}`;
    await pgAdmin.query(`CREATE DATABASE "${name}"`);
    databaseName = name;
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    return url.toString();
  });
  const shellEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };

  // 2. The documented commands.
  await timed("migrate", async () => {
    const { output } = await runCommand(["run", "db:migrate"], shellEnv);
    expect(output).toMatch(/applied \d+: /);
  });
  await timed("admin:create", async () => {
    const { output } = await runCommand(
      ["run", "admin:create", "--", ADMIN.email],
      shellEnv,
      `${ADMIN.password}\n${ADMIN.password}\n`,
    );
    expect(output).toContain(`Administrator ${ADMIN.email} created.`);
  });

  // 3 and 4. The email stand-in, and `next start` as `npm start` runs it.
  const appUrl = await timed("next start", async () => {
    resend = await startFakeResend();
    expect(
      existsSync(path.join(root, distDir, "BUILD_ID")),
      `no production build in ${distDir}: run \`npm run build\` (or set NEXT_DIST_DIR)`,
    ).toBe(true);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      RESEND_API_KEY: "re_test_firstrun",
      RESEND_BASE_URL: resend.url,
      EMAIL_FROM,
      APP_URL: `http://localhost:${port}`,
      // Production on PostgreSQL refuses 0 (README); nothing is in front of this server.
      TRUSTED_PROXY_HOPS: "1",
      NEXT_DIST_DIR: distDir,
    };
    // Nothing of the demo or of the e2e server: a production install has none of it.
    for (const name of [
      "DEMO",
      "TEST_CLOCK",
      "EMAIL_TRANSPORT",
      "E2E",
      "PGLITE_DIR",
      "NEXTAUTH_URL",
      "PORT",
    ])
      delete env[name];
    server = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/next/dist/bin/next"),
        "start",
        "--port",
        String(port),
        "--hostname",
        "127.0.0.1",
      ],
      { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env },
    );
    const keep = (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-2_000_000));
    server.stdout?.on("data", keep);
    server.stderr?.on("data", keep);
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null)
        throw new Error(
          `next start exited (${server.exitCode ?? server.signalCode}):\n${serverLog}`,
        );
      if (Date.now() > deadline)
        throw new Error(`next start did not answer /api/health within 90 s:\n${serverLog}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return env.APP_URL!;
  });

  context = await browser.newContext({ baseURL: appUrl });
  const page = await context.newPage();

  // 5. The admin's first login: every staff page leads to the setup.
  await timed("admin login", async () => {
    await login(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/en\/admin\/setup$/);
    await page.goto("/en/admin/sites");
    await expect(page).toHaveURL(/\/en\/admin\/setup$/);
    await expect(page.getByRole("heading", { level: 1, name: "Set up the clinic" })).toBeVisible();
  });

  await timed("clinic setup", async () => {
    await expectNoAxeViolations(page, { context: "first-run setup" });
    await field(page, "Clinic name").fill(CLINIC.name);
    await field(page, "Phone").fill(CLINIC.phone);
    await field(page, "Email").fill(CLINIC.email);
    await field(page, "Address").fill(CLINIC.addressLine);
    await field(page, "City").fill(CLINIC.city);
    await field(page, "Postal code").fill(CLINIC.postalCode);
    await field(page, "Province").selectOption(CLINIC.province);
    await expect(field(page, "Time zone")).toHaveValue(TZ);
    await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Français" })).toBeChecked();
    await expect(field(page, "Clinic code")).toHaveValue(/^\d{6}$/);
    await field(page, "Clinic code").fill(CLINIC.clinicCode);
    await page.getByRole("button", { name: "Set up the clinic" }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByRole("link", { name: "Sites", exact: true })).toBeVisible();
  });

  // 6. The catalog and the availability.
  await timed("catalog", async () => {
    await page.getByRole("link", { name: "Sites", exact: true }).click();
    await page.getByRole("link", { name: "Add a site" }).click();
    await field(page, "Name in English").fill(SITE.en);
    await field(page, "Name in French").fill(SITE.fr);
    await field(page, "Street address").fill(CLINIC.addressLine);
    await field(page, "City").fill(CLINIC.city);
    await field(page, "Postal code").fill(CLINIC.postalCode);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "The site was added." })).toBeVisible();

    await page.getByRole("link", { name: "Specialties", exact: true }).click();
    await page.getByRole("link", { name: "Add a specialty" }).click();
    await field(page, "Name in English").fill(SPECIALTY.en);
    await field(page, "Name in French").fill(SPECIALTY.fr);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The specialty was added." }),
    ).toBeVisible();

    await page.getByRole("link", { name: "Practitioners", exact: true }).click();
    await page.getByRole("link", { name: "Add a practitioner" }).click();
    await field(page, "Title (optional)").fill(PRACTITIONER.title);
    await field(page, "First name").fill(PRACTITIONER.firstName);
    await field(page, "Last name").fill(PRACTITIONER.lastName);
    await page.getByRole("checkbox", { name: SPECIALTY.en }).check();
    await page.getByRole("checkbox", { name: SITE.en }).check();
    await expect(page.getByRole("checkbox", { name: /^Bookable online/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Accepting new patients/ })).toBeChecked();
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The practitioner was added." }),
    ).toBeVisible();

    await page.getByRole("link", { name: "Appointment types", exact: true }).click();
    await page.getByRole("link", { name: "Add an appointment type" }).click();
    await field(page, "Name in English").fill(TYPE.en);
    await field(page, "Name in French").fill(TYPE.fr);
    await field(page, "Duration (minutes)").fill("30");
    await expect(field(page, "Kind of appointment")).toHaveValue("regular");
    await field(page, "Specialty").selectOption({ label: SPECIALTY.en });
    await expect(page.getByRole("checkbox", { name: /^Bookable online/ })).toBeChecked();
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The appointment type was added." }),
    ).toBeVisible();
  });

  // A weekly block on the weekday two days from now: its first day is well past the minimum notice.
  const blockDate = clinicDate(2);
  const weekdayName = new Intl.DateTimeFormat("en-CA", { weekday: "long", timeZone: "UTC" }).format(
    new Date(`${blockDate}T12:00:00Z`),
  );
  await timed("availability", async () => {
    await page.getByRole("link", { name: "Availability", exact: true }).click();
    await page
      .getByRole("link", { name: `Availability of ${PRACTITIONER.title} ${PRACTITIONER_NAME}` })
      .click();
    // The weekly editor: a new range starts at 09:00–12:00 with no type ticked.
    const day = page.getByRole("listitem", { name: weekdayName, exact: true });
    await day.getByRole("button", { name: /^Add a time range/ }).click();
    await expect(day.getByLabel(/^Start time/)).toHaveValue("09:00");
    await expect(day.getByLabel(/^End time/)).toHaveValue("12:00");
    // Nothing is ticked by default: the block offers only what staff choose.
    await expect(day.getByRole("checkbox", { name: TYPE.en })).not.toBeChecked();
    await day.getByRole("checkbox", { name: TYPE.en }).check();
    await page.getByRole("button", { name: "Save the week" }).click();
    await expect(
      page.getByRole("region", { name: "The week was saved. What changed:" }),
    ).toContainText(`${weekdayName}, 9:00 a.m.–12:00 p.m.`);
  });

  // 7. Patients accept the clinic's terms at their first login: the clinic writes them first.
  await timed("terms", async () => {
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await field(page, "Terms in English").fill(TERMS.en);
    await field(page, "Terms in French").fill(TERMS.fr);
    await page.getByRole("button", { name: "Save the settings" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The settings were saved." }),
    ).toBeVisible();
  });

  // 8. A patient registers, activates from the email, accepts the terms, books.
  const patient = await browser.newContext({ baseURL: appUrl });
  try {
    const p = await patient.newPage();
    await timed("patient registration", async () => {
      await p.goto("/en/login");
      await p.getByRole("link", { name: "Create an account" }).click();
      await expect(
        p.getByRole("heading", { level: 1, name: "Create your portal account" }),
      ).toBeVisible();
      await field(p, "Email").fill(PATIENT.email);
      await field(p, "Confirm your email").fill(PATIENT.email);
      await field(p, "Password").fill(PATIENT.password);
      await field(p, "Confirm your password").fill(PATIENT.password);
      await field(p, "First name").fill("Camille");
      await field(p, "Last name").fill("Gagnon");
      await field(p, "Date of birth").fill("1988-04-12");
      await field(p, "Primary phone").fill("5145550123");
      await field(p, "Secondary phone").fill("438-555-0199");
      await field(p, "Secondary phone type").selectOption("office");
      await field(p, "Postal code").fill("h2x1y4");
      await field(p, "Postal code").blur();
      await p.getByRole("button", { name: "Create my account" }).click();
      await expect(p.getByRole("heading", { name: "Check your email" })).toBeVisible();
    });

    await timed("activation email", async () => {
      const mail = await waitForEmail(PATIENT.email, "Activate your patient portal account");
      expect(mail.from).toBe(EMAIL_FROM);
      const link = links(mail).find((l) => l.includes("/activate/"));
      expect(link, `activation link in:\n${mail.text}`).toBeTruthy();
      expect(new URL(link!).origin, "APP_URL makes the link point at the server").toBe(appUrl);
      expect(mail.html).toContain(link!.replaceAll("&", "&amp;"));
      await p.goto(link!);
      await expect(
        p.getByRole("heading", { level: 1, name: "Activate your account" }),
      ).toBeVisible();
      await p.getByRole("button", { name: "Activate my account" }).click();
      await expect(p).toHaveURL(/\/en\/login\?activated=1/);
    });

    await timed("patient login and terms", async () => {
      await p.getByLabel("Email", { exact: true }).fill(PATIENT.email);
      await p.getByLabel("Password", { exact: true }).fill(PATIENT.password);
      await p.getByRole("button", { name: "Log in", exact: true }).click();
      await expect(p).toHaveURL(/\/en\/terms/);
      await expect(p.getByText(TERMS.en.split("\n")[0]!)).toBeVisible();
      await p.getByLabel("I have read, understood and accepted the terms and conditions").check();
      await p.getByRole("button", { name: "Continue" }).click();
      await expect(p).toHaveURL(/\/en\/dashboard/);
    });

    await timed("booking", async () => {
      await p
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Appointments", exact: true })
        .click();
      await expect(p.getByRole("heading", { level: 1, name: "Appointments" })).toBeVisible();
      await p.getByRole("link", { name: "Book an appointment" }).click();
      await expect(p.getByRole("heading", { level: 2, name: "Choose a specialty" })).toBeVisible();
      await p.getByRole("link", { name: SPECIALTY.en, exact: true }).click();
      await expect(
        p.getByRole("heading", { level: 2, name: "Choose a practitioner" }),
      ).toBeVisible();
      await p.getByRole("link", { name: new RegExp(PRACTITIONER_NAME) }).click();
      // One site: no site step, straight to the type.
      await p.getByRole("link", { name: new RegExp(TYPE.en) }).click();
      await p.getByLabel("As soon as possible").check();
      await p.getByLabel(/^Reason for the appointment/).fill(REASON);
      await p.getByRole("button", { name: "Next" }).click();
      await expect(
        p.getByRole("heading", { level: 2, name: "Choose an availability" }),
      ).toBeVisible();
      const slot = p.getByRole("table").getByRole("link").first();
      await expect(slot).toHaveAccessibleName(new RegExp(`^${weekdayName} .*${PRACTITIONER_NAME}`));
      await slot.click();
      await expect(
        p.getByRole("heading", { level: 2, name: "Confirm the appointment" }),
      ).toBeVisible();
      await expect(p.getByLabel(/^Reason for the appointment/)).toHaveValue(REASON);
      await p.getByRole("button", { name: "Confirm appointment" }).click();
      await expect(
        p.getByRole("heading", { level: 1, name: "Your appointment is booked" }),
      ).toBeVisible();
      await p.getByRole("link", { name: "Done" }).click();
      const booked = p
        .getByRole("region", { name: "Upcoming appointments" })
        .getByRole("listitem")
        .filter({ hasText: PRACTITIONER_NAME });
      await expect(booked).toHaveCount(1);
      await expect(booked).toContainText(SITE.en);
      await booked.getByRole("link").click();
      const details = p.getByRole("main");
      await expect(details).toContainText(TYPE.en);
      await expect(details).toContainText(REASON);
      await expect(details).toContainText(SITE.en);
    });

    await timed("booking email", async () => {
      const mail = await waitForEmail(PATIENT.email, /^Appointment booked: /);
      expect(mail.from).toBe(EMAIL_FROM);
      expect(mail.text).toContain(PRACTITIONER_NAME);
    });
  } finally {
    await patient.close();
  }
}
