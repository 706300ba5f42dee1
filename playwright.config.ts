// E2E against the PRODUCTION build (`next build` runs first, in `npm test`),
// served by scripts/test/serve-e2e.ts on port 3100 with a fresh embedded
// database seeded with the demo clinic. Chromium is Debian's (/usr/bin/chromium):
// `npx playwright install` cannot download browsers here.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const CI = Boolean(process.env.CI);

// The config is evaluated again in every worker: fix the run id once, in the
// runner's environment, which the workers and the web server inherit.
process.env.E2E_RUN_ID ??= `${Date.now().toString(36)}-${process.pid}`;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Without the background-networking flags Chromium floods the closed
    // network with refused connections (STACK-NOTES).
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  forbidOnly: true,
  workers: CI ? 1 : 2,
  retries: CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: CI
    ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]]
    : [["list"]],
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    locale: "en-CA",
    timezoneId: "America/Toronto",
  },
  // The clock project moves the server's clock (POST /api/test/clock): it
  // runs alone, after everything else, so no other test sees time jump.
  // first-run uses none of the demo server: it starts its own `next start` on
  // an empty PostgreSQL database (FIRST_RUN_PG_URL, which `npm test` provides).
  projects: [
    {
      name: "chromium",
      testIgnore: ["**/clock.spec.ts", "**/first-run.spec.ts"],
      use: browser,
    },
    { name: "clock", testMatch: "**/clock.spec.ts", dependencies: ["chromium"], use: browser },
    { name: "first-run", testMatch: "**/first-run.spec.ts", use: browser },
  ],
  webServer: {
    command: "node --import tsx scripts/test/serve-e2e.ts",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the wrapper kill next's process group and delete the data;
    // without it Playwright SIGKILLs the wrapper and next-server survives.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
