// `npm run bench:inbox` — the patient's communication pages at clinic scale,
// over HTTP against the production build. Prints numbers; it is not a test and
// asserts nothing.
//
//   npm run bench:inbox -- [--no-build] [--runs 200] [--warmup 20] [--explain]
//
// Database: a throwaway PostgreSQL (scripts/test/postgres.ts), or the EMPTY,
// disposable PostgreSQL database named by BENCH_DATABASE_URL (it is migrated
// and seeded, and left as it is). It seeds, with Prisma createMany in batches:
// one clinic, 2,000 profiles, 200,000 communications (message / document /
// bill), each with its original entry, documents with an attachment. The bench
// patient's own profile holds 5,000 of them: 70 % read, one message in seven
// with a patient reply. Then, logged in as that patient through the
// credentials callback (a real session cookie), one request at a time,
// --runs GETs after --warmup of each page; every page includes the portal
// layout's unread counters (communicationNavFor). The thread page marks the
// thread read and audits the view on every GET, as it does for a person.
// --explain (throwaway PostgreSQL only) loads auto_explain in every session the
// server opens and prints, per statement, the slowest plan it logged with
// EXPLAIN ANALYZE: the SQL Prisma really sent, with its plan (the timings then
// include the analyze overhead).
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  buildIfNeeded,
  logIn,
  ms,
  percentile,
  postmasterPidOf,
  processCpuMs,
  request,
  row,
  startBenchPostgres,
  startNextServer,
  treeCpuMs,
  runBench,
} from "./harness";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    explain: { type: "boolean", default: false },
  },
});
const RUNS = Math.min(2000, Math.max(10, Number(args.runs)));
const WARMUP = Math.min(200, Math.max(0, Number(args.warmup)));
const TARGET_MS = 100;
const PROFILES = 2_000;
const CLINIC_TOTAL = 200_000;
const OWN_TOTAL = 5_000;
const BATCH = 5_000;
const PASSWORD = "Bench-password-2026!";
const EMAIL = "bench-inbox@example.test";
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-inbox";
const cores = os.availableParallelism();
const HOUR = 3_600_000;

const OWN_EVERY = CLINIC_TOTAL / OWN_TOTAL;
// Half messages, a third documents, a sixth bills.
const KINDS = ["message", "document", "message", "bill", "message", "document"] as const;

/**
 * Communication n of the clinic, newest first: one in OWN_EVERY is the bench
 * patient's (profile 0), so their rows lie scattered over the table's pages as
 * they would after years of use, not packed together.
 */
function communicationOf(n: number, clinicId: string, profileIds: string[], now: number) {
  const own = n % OWN_EVERY === 0;
  const i = own ? n / OWN_EVERY : n - Math.floor(n / OWN_EVERY) - 1;
  const kind = KINDS[i % KINDS.length]!;
  // Two hours apart per profile: the bench patient's history spans about 14 months.
  const lastActivityAt = new Date(
    now - (own ? i : Math.floor(i / (PROFILES - 1))) * 2 * HOUR - (n % 3600) * 1000,
  );
  const replied = kind === "message" && i % 7 === 0;
  return {
    id: `bench-c-${n}`,
    clinicId,
    profileId: own ? profileIds[0]! : profileIds[1 + (i % (PROFILES - 1))]!,
    kind,
    subject: `${kind} ${n}: results and next steps`,
    replyRule: kind === "message" ? ("once" as const) : ("none" as const),
    status: replied ? ("answered" as const) : ("open" as const),
    lastActivityAt,
    patientActivityAt: replied ? lastActivityAt : null,
    createdAt: new Date(lastActivityAt.getTime() - (replied ? HOUR : 0)),
  };
}

async function seed() {
  const { db } = await import("@/lib/db/client");
  const { createClinic, createPatient } = await import("@/lib/demo/factories");
  const start = performance.now();
  const clinic = await createClinic({ name: "Bench clinic" });
  const { profile, account } = await createPatient(clinic.id, {
    email: EMAIL,
    password: PASSWORD,
  });
  const profileIds = [
    profile.id,
    ...Array.from({ length: PROFILES - 1 }, (_, p) => `bench-p-${p}`),
  ];
  await db().patientProfile.createMany({
    data: profileIds.slice(1).map((id, p) => ({
      id,
      clinicId: clinic.id,
      firstName: "Pat",
      lastName: `Patient ${p}`,
      dateOfBirth: new Date(Date.UTC(1950 + (p % 60), p % 12, 1 + (p % 28))),
    })),
  });
  const now = Date.now();
  for (let from = 0; from < CLINIC_TOTAL; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, CLINIC_TOTAL - from) }, (_, k) =>
      communicationOf(from + k, clinic.id, profileIds, now),
    );
    await db().communication.createMany({ data: batch });
    await db().communicationEntry.createMany({
      data: batch.flatMap((c) => [
        {
          communicationId: c.id,
          author: "clinic" as const,
          body: `About ${c.subject}.`,
          createdAt: c.createdAt,
        },
        ...(c.patientActivityAt
          ? [
              {
                communicationId: c.id,
                author: "patient" as const,
                body: "Thank you, noted.",
                onlyReply: 1,
                authorAccountId: c.profileId === profile.id ? account.id : null,
                createdAt: c.patientActivityAt,
              },
            ]
          : []),
      ]),
    });
    await db().attachment.createMany({
      data: batch
        .filter((c) => c.kind === "document")
        .map((c) => ({
          communicationId: c.id,
          fileName: "results.pdf",
          contentType: "application/pdf",
          size: 48_213,
          sha256: "0".repeat(64),
          storageKey: `bench/${c.id}`,
        })),
    });
    // The bench patient has opened 70 % of theirs, of every kind.
    await db().communicationRead.createMany({
      data: batch
        .filter(
          (c, k) => c.profileId === profile.id && Math.floor((from + k) / OWN_EVERY / 10) % 10 >= 3,
        )
        .map((c) => ({ communicationId: c.id, accountId: account.id, readAt: c.lastActivityAt })),
    });
  }
  // As autovacuum leaves a table that has been in use: statistics, visibility map.
  await db().$executeRaw`VACUUM ANALYZE`;
  console.log(
    `seeded ${PROFILES} profiles, ${CLINIC_TOTAL} communications (${OWN_TOTAL} the bench patient's) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  // The thread page: the bench patient's newest message with a reply.
  const thread = await db().communication.findFirstOrThrow({
    where: { profileId: profile.id, kind: "message", patientActivityAt: { not: null } },
    orderBy: { lastActivityAt: "desc" },
    select: { id: true },
  });
  return { threadId: thread.id };
}

/** From now on, every new session logs the plan of each statement over 2 ms (EXPLAIN ANALYZE) to the server log. */
async function enableAutoExplain(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("LOAD 'auto_explain'"); // makes its settings known to ALTER SYSTEM
    for (const [name, value] of [
      ["session_preload_libraries", "auto_explain"],
      ["auto_explain.log_min_duration", "2ms"],
      ["auto_explain.log_analyze", "on"],
      ["auto_explain.log_buffers", "on"],
      ["auto_explain.log_level", "warning"],
    ])
      await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    await client.query("SELECT pg_reload_conf()");
  } finally {
    await client.end();
  }
}

/** The slowest logged plan of each distinct statement, slowest first (auto_explain's entries in the server log). */
function printPlans(logFile: string) {
  const slowest = new Map<string, { ms: number; plan: string; count: number }>();
  for (const entry of readFileSync(logFile, "utf8").split(/\n(?=\S)/)) {
    const duration = /duration: ([\d.]+) ms\s+plan:/.exec(entry);
    const text = /Query Text: (.*)/.exec(entry);
    if (!duration || !text) continue;
    const seen = slowest.get(text[1]!);
    const ms = Number(duration[1]);
    if (!seen || seen.ms < ms)
      slowest.set(text[1]!, { ms, plan: entry, count: (seen?.count ?? 0) + 1 });
    else seen.count++;
  }
  console.log(`\nstatements over 2 ms (auto_explain), slowest first:`);
  for (const { ms, plan, count } of [...slowest.values()].sort((a, b) => b.ms - a.ms))
    console.log(
      `\n--- ${count}× over 2 ms, slowest ${ms.toFixed(1)} ms\n${plan.replace(/(Query Text: .{600}).*/, "$1…")}`,
    );
}

type Timed = { sorted: number[]; serverCpuMs: number; pgCpuMs: number };

async function main() {
  console.log(`bench:inbox — ${cores} cores; ${RUNS} requests per page after ${WARMUP} of warm-up`);
  const given = process.env.BENCH_DATABASE_URL;
  const postgres = given ? undefined : await startBenchPostgres(root);
  const databaseUrl = given ?? postgres!.url;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
    const { rows } = await pool.query<{ v: string }>(
      "SELECT current_setting('server_version') AS v",
    );
    console.log(
      `database: PostgreSQL ${rows[0]!.v} (${given ? "BENCH_DATABASE_URL" : "throwaway, stopped at the end"}), migrated`,
    );
  } finally {
    await pool.end();
  }

  process.env.DATABASE_URL = databaseUrl;
  const { threadId } = await seed();
  const { closeDb } = await import("@/lib/db/client");
  await closeDb(); // the server is the only client while measuring
  if (args.explain && postgres) await enableAutoExplain(databaseUrl);

  await buildIfNeeded(root, distDir, !!args["no-build"]);
  const { server, base } = await startNextServer({ root, distDir, databaseUrl });
  const cookie = await logIn(base, EMAIL, PASSWORD);
  const pages: [string, string, RegExp][] = [
    ["/en/inbox (page 1)", "/en/inbox", /results and next steps/],
    ["/en/inbox?page=100", "/en/inbox?page=100", /results and next steps/],
    ["/en/documents (page 1)", "/en/documents", /document \d+: results/],
    ["/en/inbox/<id> (thread)", `/en/inbox/${threadId}`, /Thank you, noted\./],
  ];
  const get = async (url: string) => {
    const reply = await request(`${base}${url}`, { headers: { cookie, accept: "text/html" } });
    if (reply.status !== 200) throw new Error(`GET ${url}: HTTP ${reply.status}`);
    return reply.body.toString();
  };
  const postmasterPid = postgres && postmasterPidOf(postgres);
  const pgCpu = () => (postmasterPid ? treeCpuMs(postmasterPid) : NaN);
  const results: [string, Timed][] = [];
  for (const [label, url, expected] of pages) {
    // A page that does not show the rows would measure nothing.
    if (!expected.test(await get(url))) throw new Error(`GET ${url} does not show what it should`);
    for (let i = 0; i < WARMUP; i++) await get(url);
    const times: number[] = [];
    const cpu0 = processCpuMs(server.pid!);
    const pg0 = pgCpu();
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await get(url);
      times.push(performance.now() - t);
    }
    results.push([
      label,
      {
        sorted: times.sort((a, b) => a - b),
        serverCpuMs: (processCpuMs(server.pid!) - cpu0) / RUNS,
        pgCpuMs: (pgCpu() - pg0) / RUNS,
      },
    ]);
  }

  console.log("");
  console.log(`results (${RUNS} sequential GETs per page, target p95 ≤ ${TARGET_MS} ms)`);
  row("page", "p50 / p95 / max; CPU per request: server, PostgreSQL; verdict");
  for (const [label, t] of results) {
    const p95 = percentile(t.sorted, 95);
    row(
      label,
      `${ms(percentile(t.sorted, 50))} / ${ms(p95)} / ${ms(t.sorted.at(-1)!)}; ${ms(t.serverCpuMs)}, ${ms(t.pgCpuMs)}; ${p95 <= TARGET_MS ? "PASS" : "FAIL"}`,
    );
  }
  if (args.explain && postgres) printPlans(path.join(postgres.dataDir, "server.log"));
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cores} cores (numbers from a busy machine are not comparable)`,
  );
}

await runBench("inbox", main);
