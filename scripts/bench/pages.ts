// `npm run bench:pages` — every page of the portal in the clinic's busiest
// minute, on the production server over PostgreSQL. Prints numbers; it is not
// a test and asserts nothing.
//
//   npm run bench:pages -- [--no-build] [--seconds 10] [--concurrency 8]
//                          [--rate 50] [--mixed-seconds 30] [--cpu-prof]
//                          [--only dashboard,inbox] [--serve]
//
// 1. A throwaway PostgreSQL, migrated, seeded in bulk SQL at a realistic size
//    (clinic-at-scale.ts: 50 practitioners, 20,000 profiles with families, a
//    year of appointments, 200,000 communications).
// 2. The server `npm start` runs, on that database; virtual patients and an
//    admin log in through the credentials callback (real session cookies).
// 3. Each page, after a warm-up: --concurrency requests in flight for
//    --seconds, spread over the virtual patients; req/s, p50/p95/p99, CPU per
//    request of the server and of PostgreSQL, HTML bytes. The reference is the
//    cheapest dynamic response of the same build (/api/live: a route handler,
//    no database); each page's rate is also printed as a share of it, which is
//    what compares between runs on a noisy machine.
// 4. A mixed patient workload (dashboard, appointments, grid, inbox, thread)
//    at an open-loop --rate req/s for --mixed-seconds: p50/p95/p99, errors.
// 5. Page weight at the realistic size: profile 1 has 50 upcoming
//    appointments and an inbox of 5,000.
// --cpu-prof starts the server under node --cpu-prof and prints, at the end,
// the top frames of what it ran (cpu-profile.ts); with --only dashboard that
// is the dashboard alone. The profile is kept under .tmp/.
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  BENCH_ADMIN_EMAIL,
  benchPatientEmail,
  hasAccount,
  seedClinicAtScale,
  seedPortalUse,
} from "./clinic-at-scale";
import {
  buildIfNeeded,
  LeanConnection,
  logIn,
  ms,
  percentile,
  postmasterPidOf,
  printServerProfile,
  request,
  row,
  sleep,
  startBenchPostgres,
  startNextServer,
  statementStats,
  type StatementStat,
  treeCpuMs,
  runBench,
} from "./harness";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    rate: { type: "string", default: "50" },
    "mixed-seconds": { type: "string", default: "30" },
    "cpu-prof": { type: "boolean", default: false },
    only: { type: "string" },
    serve: { type: "boolean", default: false },
    profiles: { type: "string", default: "20000" },
    communications: { type: "string", default: "200000" },
  },
});
const SECONDS = Math.min(120, Math.max(2, Number(args.seconds)));
const CONCURRENCY = Math.min(64, Math.max(1, Number(args.concurrency)));
const RATE = Math.min(500, Math.max(1, Number(args.rate)));
const MIXED_SECONDS = Math.min(600, Math.max(5, Number(args["mixed-seconds"])));
const PROFILES = Math.max(100, Number(args.profiles));
const COMMUNICATIONS = Math.max(1000, Number(args.communications));
const PASSWORD = "Bench-password-2026!";
const VIRTUAL_PATIENTS = 16;
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-pages";
const cores = os.availableParallelism();

const TARGET_SHARE = 0.4;
const TARGET_P95 = 150;
const TARGET_P99 = 400;
const WEIGHT_BUDGET = 30 * 1024;

type Session = { cookie: string; threadId: string };
type Page = {
  key: string;
  label: string;
  /** The path for one request; `i` spreads requests over the sessions. */
  path: (i: number) => string;
  cookie: (i: number) => string | undefined;
  /** What the answer must contain, or it measured nothing. */
  expect: RegExp;
  reference?: boolean;
};
type Result = {
  page: Page;
  rate: number;
  sorted: number[];
  serverCpuMs: number;
  pgCpuMs: number;
  bytes: number;
  errors: number;
  /** The statements PostgreSQL spent most time on while this page was measured. */
  statements: StatementStat[];
};

/** Monday of next week, as YYYY-MM-DD (the booking grid's unit). */
function nextMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

function rawGet(host: string, url: string, cookie: string | undefined) {
  return (
    `GET ${url} HTTP/1.1\r\nHost: ${host}\r\nAccept: text/html\r\nUser-Agent: bench-pages\r\n` +
    (cookie ? `Cookie: ${cookie}\r\n` : "") +
    "\r\n"
  );
}

/** --concurrency connections, each sending its next request when the last one answered, for --seconds. */
async function closedLoop(
  base: string,
  page: Page,
  cpu: { server: () => number; pg: () => number },
  stats: pg.Pool,
): Promise<Result> {
  const host = new URL(base).host;
  const connections = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => LeanConnection.open(base)),
  );
  let counter = 0;
  let errors = 0;
  let bytes = 0;
  const times: number[] = [];
  const run = async (until: number, record: boolean) =>
    Promise.all(
      connections.map(async (connection) => {
        while (performance.now() < until) {
          const i = counter++;
          const started = performance.now();
          const answer = await connection.send(rawGet(host, page.path(i), page.cookie(i)));
          if (!record) continue;
          times.push(performance.now() - started);
          if (answer.status !== 200) errors++;
          else bytes = answer.body.length;
        }
      }),
    );
  await run(performance.now() + Math.min(3000, SECONDS * 300), false); // warm-up
  await statementStats(stats); // a reset: what follows is this page's
  const cpu0 = { server: cpu.server(), pg: cpu.pg() };
  const started = performance.now();
  await run(started + SECONDS * 1000, true);
  const statements = await statementStats(stats);
  const elapsed = (performance.now() - started) / 1000;
  for (const c of connections) c.close();
  return {
    page,
    rate: times.length / elapsed,
    sorted: times.sort((a, b) => a - b),
    serverCpuMs: (cpu.server() - cpu0.server) / times.length,
    pgCpuMs: (cpu.pg() - cpu0.pg) / times.length,
    bytes,
    errors,
    statements,
  };
}

/** Requests started at a fixed rate whatever the answers (open loop): latency includes queueing. */
async function openLoop(base: string, pages: Page[]) {
  const total = Math.round(RATE * MIXED_SECONDS);
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const page = pages[i % pages.length]!;
    const n = Math.floor(i / pages.length);
    inFlight.push(
      request(`${base}${page.path(n)}`, {
        headers: { accept: "text/html", cookie: page.cookie(n) ?? "" },
      }).then(
        (reply) => {
          times.push(performance.now() - due);
          if (reply.status !== 200) errors++;
        },
        () => {
          times.push(performance.now() - due);
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { sorted: times.sort((a, b) => a - b), errors, total };
}

async function seed(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
    const started = performance.now();
    const clinic = await seedClinicAtScale(pool, { profiles: PROFILES });
    const { hashPassword } = await import("@/lib/auth/password");
    const use = await seedPortalUse(pool, {
      profiles: PROFILES,
      communications: COMMUNICATIONS,
      passwordHash: await hashPassword(PASSWORD),
    });
    console.log(
      `seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: 50 practitioners, ${clinic.profiles} profiles, ` +
        `${use.accounts} accounts, ${use.families} family attachments, ${clinic.appointments} appointments, ${use.communications} communications`,
    );
    // Each virtual patient's newest message thread, for the thread page.
    const patients = Array.from({ length: 400 }, (_, k) => 2 + k)
      .filter(hasAccount)
      .slice(0, VIRTUAL_PATIENTS);
    const { rows } = await pool.query<{ profile: string; id: string }>(
      `SELECT DISTINCT ON ("profileId") "profileId" AS profile, id FROM "Communication"
       WHERE kind = 'message' AND "profileId" = ANY($1) ORDER BY "profileId", "lastActivityAt" DESC`,
      [patients.map((n) => `bench-profile-${n}`)],
    );
    const threads = new Map(rows.map((r) => [r.profile, r.id]));
    const own = await pool.query<{ id: string }>(
      `SELECT id FROM "Communication" WHERE kind = 'message' AND "profileId" = 'bench-profile-1' ORDER BY "lastActivityAt" DESC LIMIT 1`,
    );
    return {
      patients: patients.filter((n) => threads.has(`bench-profile-${n}`)),
      threads,
      ownThread: own.rows[0]!.id,
    };
  } finally {
    await pool.end();
  }
}

/** Each page's heaviest statement in PostgreSQL (pg_stat_statements), per request. */
function printStatements(results: Result[]) {
  console.log("");
  console.log("the heaviest statement of each page in PostgreSQL (pg_stat_statements):");
  for (const r of results) {
    const top = r.statements[0];
    const requests = r.sorted.length;
    if (!top || r.page.reference) continue;
    const all = r.statements.reduce((n, s) => n + s.totalMs, 0);
    console.log(
      `  ${r.page.label.padEnd(26)} ${ms(top.meanMs).padStart(9)} a call, ${(top.calls / requests).toFixed(1)} a request, ${((top.totalMs / all) * 100).toFixed(0)} % of its top five: ${top.query.slice(0, 150)}`,
    );
  }
}

function printResults(results: Result[]) {
  const reference = results.find((r) => r.page.reference);
  console.log("");
  console.log(
    `pages: ${CONCURRENCY} in flight for ${SECONDS} s each; target ≥ ${TARGET_SHARE * 100} % of the reference's rate`,
  );
  console.log(
    `  ${"page".padEnd(26)} ${"req/s".padStart(7)} ${"share".padStart(6)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)}  ${"CPU app".padStart(9)} ${"CPU pg".padStart(9)}  ${"HTML".padStart(8)}  verdict`,
  );
  for (const r of results) {
    const share = reference ? r.rate / reference.rate : NaN;
    const verdict = r.page.reference
      ? "reference"
      : r.errors > 0
        ? `${r.errors} ERRORS`
        : r.page.key === "login"
          ? "(public)"
          : share >= TARGET_SHARE
            ? "met"
            : "MISSED";
    console.log(
      `  ${r.page.label.padEnd(26)} ${r.rate.toFixed(1).padStart(7)} ${`${(share * 100).toFixed(0)} %`.padStart(6)} ${ms(percentile(r.sorted, 50)).padStart(9)} ${ms(percentile(r.sorted, 95)).padStart(9)} ${ms(percentile(r.sorted, 99)).padStart(9)}  ${ms(r.serverCpuMs).padStart(9)} ${ms(r.pgCpuMs).padStart(9)}  ${`${(r.bytes / 1024).toFixed(1)} kB`.padStart(8)}  ${verdict}`,
    );
  }
}

async function main() {
  console.log(
    `bench:pages — ${cores} cores; ${CONCURRENCY} in flight, ${SECONDS} s a page; mixed ${RATE} req/s for ${MIXED_SECONDS} s`,
  );
  const postgres = await startBenchPostgres(root);
  console.log(`PostgreSQL ${postgres.version} (throwaway, stopped at the end)`);
  const { patients, threads, ownThread } = await seed(postgres.url);
  await buildIfNeeded(root, distDir, !!args["no-build"]);
  // Profiling slows the server: the numbers of a --cpu-prof run are not compared with others.
  const profileDir = args["cpu-prof"]
    ? path.join(root, ".tmp", `cpu-prof-${Date.now()}`)
    : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const { server, base } = await startNextServer({
    root,
    distDir,
    databaseUrl: postgres.url,
    nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  });

  const sessions: Session[] = [];
  for (const n of patients)
    sessions.push({
      cookie: await logIn(base, benchPatientEmail(n), PASSWORD),
      threadId: threads.get(`bench-profile-${n}`)!,
    });
  const admin = await logIn(base, BENCH_ADMIN_EMAIL, PASSWORD);
  const heavy = await logIn(base, benchPatientEmail(1), PASSWORD);
  console.log(`${sessions.length} virtual patients, 1 admin and profile 1's account logged in`);

  if (args.serve) {
    // For looking at pages by hand (curl, a browser with the cookie): no measurement.
    console.log(
      `serving ${base} until Ctrl-C; cookies:\n  patient-1 (heavy): ${heavy}\n  admin: ${admin}`,
    );
    await new Promise(() => {});
  }
  const week = nextMonday();
  const patient = (i: number) => sessions[i % sessions.length]!;
  const grid = `/en/appointments/book?specialty=bench-spec-2&practitioner=bench-prac-01&type=bench-type15-2&when=asap&week=${week}`;
  const pages: Page[] = [
    {
      key: "reference",
      label: "reference (/api/live)",
      path: () => "/api/live",
      cookie: () => undefined,
      expect: /^ok$/,
      reference: true,
    },
    {
      key: "login",
      label: "login",
      path: () => "/en/login",
      cookie: () => undefined,
      expect: /type="password"/,
    },
    {
      key: "dashboard",
      label: "dashboard",
      path: () => "/en/dashboard",
      cookie: (i) => patient(i).cookie,
      expect: /<main/,
    },
    {
      key: "appointments",
      label: "appointments",
      path: () => "/en/appointments",
      cookie: (i) => patient(i).cookie,
      expect: /<main/,
    },
    {
      key: "grid",
      label: "booking grid (1 week)",
      path: () => grid,
      cookie: (i) => patient(i).cookie,
      expect: /appointments\/book\/confirm|\/confirm\?/,
    },
    {
      key: "inbox",
      label: "inbox",
      path: () => "/en/inbox",
      cookie: (i) => patient(i).cookie,
      expect: /results and next steps/,
    },
    {
      key: "thread",
      label: "thread",
      path: (i) => `/en/inbox/${patient(i).threadId}`,
      cookie: (i) => patient(i).cookie,
      expect: /About message/,
    },
    {
      key: "book",
      label: "admin appointment book",
      path: () => `/en/admin/appointments?view=day&date=${week}`,
      cookie: () => admin,
      expect: /Patient \d+/,
    },
    {
      key: "patients",
      label: "admin patient list",
      path: () => "/en/admin/patients",
      cookie: () => admin,
      expect: /Patient \d+/,
    },
  ];
  const only = args.only?.split(",");
  const chosen = pages.filter((p) => p.reference || !only || only.includes(p.key));

  // A page that does not show what it should would measure nothing.
  for (const page of chosen) {
    const reply = await request(`${base}${page.path(0)}`, {
      headers: { accept: "text/html", cookie: page.cookie(0) ?? "" },
    });
    if (reply.status !== 200 || !page.expect.test(reply.body.toString()))
      throw new Error(`GET ${page.path(0)}: HTTP ${reply.status}, not the page expected`);
  }

  const pgPid = postmasterPidOf(postgres);
  const cpu = { server: () => treeCpuMs(server.pid!), pg: () => treeCpuMs(pgPid) };
  const results: Result[] = [];
  const stats = new pg.Pool({ connectionString: postgres.url, max: 1 });
  for (const page of chosen) results.push(await closedLoop(base, page, cpu, stats));
  await stats.end();
  printResults(results);
  printStatements(results);

  const mixedPages = chosen.filter((p) =>
    ["dashboard", "appointments", "grid", "inbox", "thread"].includes(p.key),
  );
  if (mixedPages.length) {
    const mixed = await openLoop(base, mixedPages);
    const p95 = percentile(mixed.sorted, 95);
    const p99 = percentile(mixed.sorted, 99);
    console.log("");
    console.log(
      `mixed patient workload (${mixedPages.map((p) => p.key).join(", ")}), open loop at ${RATE} req/s for ${MIXED_SECONDS} s: ${mixed.total} requests`,
    );
    row("p50 / p95 / p99", `${ms(percentile(mixed.sorted, 50))} / ${ms(p95)} / ${ms(p99)}`);
    row(
      `target p95 ≤ ${TARGET_P95} ms, p99 ≤ ${TARGET_P99} ms, 0 errors`,
      `${p95 <= TARGET_P95 ? "met" : "MISSED"} / ${p99 <= TARGET_P99 ? "met" : "MISSED"} / ${mixed.errors === 0 ? "met" : `MISSED (${mixed.errors} errors)`}`,
    );
  }

  console.log("");
  console.log(
    `page weight at the realistic size (profile 1: 50 upcoming appointments, an inbox of 5,000), budget ≤ ${WEIGHT_BUDGET / 1024} kB`,
  );
  for (const [label, url] of [
    ["dashboard", "/en/dashboard"],
    ["appointments", "/en/appointments"],
    ["inbox", "/en/inbox"],
    ["thread", `/en/inbox/${ownThread}`],
    ["booking grid (1 week)", grid],
  ] as const) {
    const reply = await request(`${base}${url}`, {
      headers: { accept: "text/html", cookie: heavy },
    });
    const size = reply.body.length;
    row(
      label,
      `${(size / 1024).toFixed(1)} kB ${reply.status !== 200 ? `HTTP ${reply.status}` : size <= WEIGHT_BUDGET ? "met" : "MISSED"}`,
    );
  }

  if (profileDir) await printServerProfile(profileDir);
  console.log(
    `\nload average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cores} cores (numbers from a busy machine are not comparable)`,
  );
}

await runBench("pages", main);
