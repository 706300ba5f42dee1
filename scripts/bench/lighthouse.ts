// `npm run bench:lighthouse` — Lighthouse 12 (mobile preset: a mid-range phone,
// simulated slow 4G and a 4× slower CPU) in Debian's Chromium on the production build:
// the login page, the patient's dashboard, booking grid and inbox. Prints
// performance (median of 3 runs: the score moves ±10 on a busy machine),
// accessibility (English and French), LCP, CLS and the JS the page downloads,
// each against its target. A measure, not a test: it exits 0 when a target is
// missed, 1 when a page could not be measured (a redirect to the login page, an
// error answer), since its scores would describe another page.
//
//   npm run bench:lighthouse -- [--no-build] [--runs 3] [--save] [--only dashboard,inbox]
//
// Database: a throwaway PostgreSQL with the demo clinic (lib/demo/seed.ts); the
// demo patient logs in through the credentials callback and Lighthouse sends
// that session cookie. --save writes each report's JSON to .tmp/lighthouse/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/credentials";
import { buildIfNeeded, logIn, runBench, startBenchPostgres, startNextServer } from "./harness";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    save: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const RUNS = Math.min(9, Math.max(1, Number(args.runs)));
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-lighthouse";
const saveDir = path.join(root, ".tmp", "lighthouse");
const KB = 1000;

// The issue's targets; LCP: Web Vitals' "good"; JS: the page-weight spec's budgets (gzip).
const TARGET = { performance: 95, accessibility: 100, lcpMs: 2500, cls: 0.05 };
const JS_BUDGET = { public: 130 * KB, portal: 170 * KB };

type Page = { name: string; path: string; signedIn: boolean };

/** The demo ids that make the booking flow's URL reach the weekly grid (every choice made). */
async function gridQuery() {
  const { db } = await import("@/lib/db/client");
  const practitioner = await db().practitioner.findFirstOrThrow({
    where: { lastName: "Nguyen" },
    select: { id: true },
  });
  const specialty = await db().specialty.findFirstOrThrow({
    where: { nameEn: "Family medicine" },
    select: { id: true },
  });
  const type = await db().appointmentType.findFirstOrThrow({
    where: { nameEn: "Annual check-up" },
    select: { id: true },
  });
  return new URLSearchParams({
    specialty: specialty.id,
    practitioner: practitioner.id,
    type: type.id,
    when: "asap",
  }).toString();
}

function pagesIn(locale: "en" | "fr", grid: string): Page[] {
  return [
    { name: "login", path: `/${locale}/login`, signedIn: false },
    { name: "dashboard", path: `/${locale}/dashboard`, signedIn: true },
    { name: "booking-grid", path: `/${locale}/appointments/book?${grid}`, signedIn: true },
    { name: "inbox", path: `/${locale}/inbox`, signedIn: true },
  ];
}

type Run = {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  jsBytes: number;
  lhr: Result;
};

const score = (lhr: Result, category: string) =>
  Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? NaN;

/** Bytes on the wire of every script the page loaded (compressed as the server sent them). */
function scriptBytes(lhr: Result): number {
  const details = lhr.audits["network-requests"]?.details;
  if (details?.type !== "table") return NaN;
  return details.items
    .filter((item) => item.resourceType === "Script")
    .reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0);
}

/**
 * One Lighthouse run in a Chromium of its own: a browser's cookie jar overrides the
 * Cookie header Lighthouse adds, so a cookie one page set (the login page's) would
 * log the next page out.
 */
async function lighthouseRun(url: string, categories: string[], cookie?: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  }).finally(() => chrome.kill());
  if (!result) throw new Error("Lighthouse returned nothing");
  return result.lhr;
}

/** Lighthouse's scores of one page, which must be the page asked for. */
async function audit(base: string, page: Page, cookie: string, categories: string[]): Promise<Run> {
  const url = `${base}${page.path}`;
  // A page that answers an error or sends to the login page would still get scores.
  const probe = await fetch(url, {
    headers: page.signedIn ? { cookie } : {},
    redirect: "manual",
  });
  if (probe.status !== 200) throw new Error(`GET ${page.path}: HTTP ${probe.status}`);
  const cookieIfSignedIn = page.signedIn ? cookie : undefined;
  let lhr = await lighthouseRun(url, categories, cookieIfSignedIn);
  // A trace Lighthouse failed to record (NO_NAVSTART, NO_FCP on a loaded machine) is
  // retried once; an error the page itself caused comes back the same.
  if (lhr.runtimeError) lhr = await lighthouseRun(url, categories, cookieIfSignedIn);
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const shown = new URL(lhr.finalDisplayedUrl);
  if (shown.pathname !== page.path.split("?")[0])
    throw new Error(`Lighthouse ended on ${shown.pathname}, not on the page asked for`);
  if (args.save) {
    mkdirSync(saveDir, { recursive: true });
    const file = `${page.path.split("?")[0]!.slice(1).replaceAll("/", "-")}-${Date.now()}.json`;
    writeFileSync(path.join(saveDir, file), JSON.stringify(lhr));
  }
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    jsBytes: scriptBytes(lhr),
    lhr,
  };
}

const verdict = (met: boolean) => (met ? "MET" : "MISSED");

/** The accessibility audits that failed, with the elements they name. */
function accessibilityFindings(lhr: Result): string[] {
  const refs = lhr.categories.accessibility?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => {
      const items = a!.details?.type === "table" ? a!.details.items : [];
      const nodes = items
        .map((item) => {
          const node = item.node as { selector?: string; snippet?: string } | undefined;
          return node?.snippet ?? node?.selector ?? "";
        })
        .filter(Boolean)
        .slice(0, 3);
      return `${a!.id}: ${a!.title}${nodes.length ? `\n        ${nodes.join("\n        ")}` : ""}`;
    });
}

/** What Lighthouse says would save the most time, and the LCP element. */
function performanceNotes(lhr: Result): string[] {
  const notes: string[] = [];
  const lcpAudit = lhr.audits["largest-contentful-paint-element"];
  // Lighthouse 12.2's trace gatherer fails on newer Chromium builds (Debian's among them).
  if (lcpAudit?.errorMessage)
    notes.push(`LCP element: not reported (${lcpAudit.errorMessage.slice(0, 120)})`);
  const lcpElement = lcpAudit?.details;
  if (lcpElement?.type === "list") {
    const table = lcpElement.items[0];
    const node =
      table?.type === "table"
        ? (table.items[0]?.node as { snippet?: string } | undefined)
        : undefined;
    if (node?.snippet) notes.push(`LCP element: ${node.snippet.slice(0, 140)}`);
  }
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === "opportunity" && (a.score ?? 1) < 1)
    .map((a) => ({
      a,
      ms: (a.details as { overallSavingsMs?: number }).overallSavingsMs ?? 0,
      bytes: (a.details as { overallSavingsBytes?: number }).overallSavingsBytes ?? 0,
    }))
    .sort((x, y) => y.ms - x.ms || y.bytes - x.bytes)
    .slice(0, 4);
  for (const { a, ms, bytes } of opportunities)
    notes.push(
      `${a.id}: ${a.title} (≈${Math.round(ms)} ms, ${(bytes / KB).toFixed(0)} kB)${a.displayValue ? ` — ${a.displayValue}` : ""}`,
    );
  for (const id of ["mainthread-work-breakdown", "bootup-time", "total-blocking-time"]) {
    const a = lhr.audits[id];
    if (a?.displayValue) notes.push(`${id}: ${a.displayValue}`);
  }
  return notes;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function main() {
  console.log(
    `bench:lighthouse — Lighthouse 12 mobile preset, ${os.availableParallelism()} cores; performance: median of ${RUNS}`,
  );
  const postgres = await startBenchPostgres(root);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
  try {
    await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
  } finally {
    await pool.end();
  }
  process.env.DATABASE_URL = postgres.url;
  const { seedDemo } = await import("@/lib/demo/seed");
  await seedDemo();
  const grid = await gridQuery();
  const { closeDb } = await import("@/lib/db/client");
  await closeDb(); // the server is the only client while measuring
  console.log(`database: throwaway PostgreSQL ${postgres.version}, demo clinic seeded`);

  await buildIfNeeded(root, distDir, !!args["no-build"]);
  const { base } = await startNextServer({ root, distDir, databaseUrl: postgres.url });
  const cookie = await logIn(base, DEMO_ACCOUNTS.patient, DEMO_PASSWORD);

  const rows: string[][] = [];
  const findings: string[] = [];
  const notes: string[] = [];
  const failures: string[] = [];
  const french = pagesIn("fr", grid);
  const only = args.only?.split(",");
  for (const [i, page] of pagesIn("en", grid).entries()) {
    if (only && !only.includes(page.name)) continue;
    try {
      const runs: Run[] = [];
      for (let r = 0; r < RUNS; r++)
        runs.push(await audit(base, page, cookie, ["performance", "accessibility"]));
      const fr = await audit(base, french[i]!, cookie, ["accessibility"]);
      const perf = median(runs.map((r) => r.performance));
      const typical = runs.find((r) => r.performance === perf)!;
      const jsBudget = page.signedIn ? JS_BUDGET.portal : JS_BUDGET.public;
      rows.push([
        page.name,
        `${perf} (${runs.map((r) => r.performance).join(", ")}) ${verdict(perf >= TARGET.performance)}`,
        `${typical.accessibility} / ${fr.accessibility} ${verdict(
          typical.accessibility >= TARGET.accessibility && fr.accessibility >= TARGET.accessibility,
        )}`,
        `${(typical.lcpMs / 1000).toFixed(2)} s ${verdict(typical.lcpMs <= TARGET.lcpMs)}`,
        `${typical.cls.toFixed(3)} ${verdict(typical.cls <= TARGET.cls)}`,
        `${(typical.jsBytes / KB).toFixed(0)} kB ${verdict(typical.jsBytes <= jsBudget)}`,
      ]);
      for (const [locale, run] of [
        ["en", typical],
        ["fr", fr],
      ] as const)
        for (const f of accessibilityFindings(run.lhr))
          findings.push(`  ${page.name} (${locale}) ${f}`);
      if (perf < TARGET.performance)
        notes.push(
          `  ${page.name} (${perf}):`,
          ...performanceNotes(typical.lhr).map((n) => `    ${n}`),
        );
      console.log(`measured ${page.name}`);
    } catch (error) {
      rows.push([page.name, "NOT MEASURED (below)"]);
      failures.push(`  ${page.name}: ${(error as Error).message}`);
    }
  }

  const head = [
    "page",
    `performance ≥ ${TARGET.performance}: median (runs)`,
    `accessibility en / fr = ${TARGET.accessibility}`,
    `LCP ≤ ${TARGET.lcpMs / 1000} s`,
    `CLS ≤ ${TARGET.cls}`,
    `JS ≤ ${JS_BUDGET.public / KB} / ${JS_BUDGET.portal / KB} kB`,
  ];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    console.log(cells.map((cell, c) => cell.padEnd(widths[c]!)).join(" | "));
  console.log("");
  line(head);
  line(widths.map((w) => "-".repeat(w)));
  for (const r of rows) line(r);
  console.log(
    `\nJS: bytes on the wire of the scripts the page loaded (the public budget for the login page, the portal's for the others)`,
  );
  if (failures.length) console.log(`\nnot measured:\n${failures.join("\n")}`);
  if (findings.length) console.log(`\naccessibility findings:\n${findings.join("\n")}`);
  if (notes.length)
    console.log(`\nperformance below target, what Lighthouse points at:\n${notes.join("\n")}`);
  console.log(
    `\nload average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (the performance score drops on a busy machine)`,
  );
  return failures.length;
}

await runBench("lighthouse", async () => ((await main()) ? 1 : 0));
