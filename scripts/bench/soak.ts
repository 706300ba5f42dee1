// `npm run bench:soak -- [--minutes 10] [--rate 20] [--no-build]`: a long run of
// mixed patient and staff traffic against two instances of the production
// server, to see what only time shows: errors, latency drifting, memory
// growing, connections leaking, the email outbox falling behind. Prints numbers
// every 30 s and a verdict at the end; it stops by itself. Not a test.
//
// On a throwaway PostgreSQL with the clinic at scale (clinic-at-scale.ts):
// requests start at a fixed rate whatever the answers (open loop), spread over
// both instances in turn: patients' dashboard, appointments, inbox and booking
// grid, staff's appointment book and patient list, and one "forgot password"
// a second for an address that exists, which queues an email (the outbox).
import { readFileSync } from "node:fs";
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
  actionId,
  buildIfNeeded,
  childPids,
  logIn,
  ms,
  percentile,
  postAction,
  request,
  row,
  runBench,
  sleep,
  startBenchPostgres,
  startNextServer,
} from "./harness";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    minutes: { type: "string", default: "10" },
    rate: { type: "string", default: "20" },
  },
});
const MINUTES = Math.min(240, Math.max(1, Number(args.minutes)));
const RATE = Math.min(200, Math.max(1, Number(args.rate)));
const PASSWORD = "Bench-password-2026!";
const PROFILES = 20_000;
const REPORT_EVERY_MS = 30_000;
/**
 * V8 grows its heap towards its working size for minutes: memory is judged
 * after the first 30 % of the run (at least 2 min), never against the first minute.
 */
const WARM_UP_MS = Math.max(2 * 60_000, MINUTES * 60_000 * 0.3);
/** RSS is sampled this often; each window's lowest sample (after a GC) is what is compared, not one noisy reading. */
const RSS_SAMPLE_MS = 2_000;
const root = process.cwd();
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench-pages";

/** Resident memory of a process and its children, in MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const rss = (p: number) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      return Number(kb ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  return childPids(pid).reduce((total, child) => total + rss(child), rss(pid));
}

async function main() {
  console.log(
    `bench:soak — ${os.availableParallelism()} cores; ${RATE} req/s for ${MINUTES} min against 2 instances`,
  );
  const postgres = await startBenchPostgres(root);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
  await seedClinicAtScale(pool, { profiles: PROFILES });
  const { hashPassword } = await import("@/lib/auth/password");
  await seedPortalUse(pool, {
    profiles: PROFILES,
    communications: 20_000,
    passwordHash: await hashPassword(PASSWORD),
  });
  await buildIfNeeded(root, distDir, !!args["no-build"]);
  const servers = [
    await startNextServer({ root, distDir, databaseUrl: postgres.url }),
    await startNextServer({ root, distDir, databaseUrl: postgres.url }),
  ];
  const bases = servers.map((s) => s.base);
  const patients = Array.from({ length: 40 }, (_, k) => k + 2)
    .filter(hasAccount)
    .slice(0, 16);
  const resetAddresses = Array.from({ length: PROFILES - 2 }, (_, k) => k + 2).filter(hasAccount);
  const cookies: string[] = [];
  for (const n of patients) cookies.push(await logIn(bases[0]!, benchPatientEmail(n), PASSWORD));
  const admin = await logIn(bases[0]!, BENCH_ADMIN_EMAIL, PASSWORD);
  const forgot = actionId(root, distDir, "forgotPasswordAction");
  const monday = (() => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
    return d.toISOString().slice(0, 10);
  })();
  const patientPages = [
    "/en/dashboard",
    "/en/appointments",
    "/en/inbox",
    `/en/appointments/emergency?type=bench-emergency&when=asap&week=${monday}`,
  ];
  const staffPages = [`/en/admin/appointments?view=day&date=${monday}`, "/en/admin/patients"];

  type Sample = { at: number; ms: number; ok: boolean };
  const samples: Sample[] = [];
  const report: string[] = [];
  /** Per instance, the lowest RSS since the last report, and each window's low after the warm-up. */
  let windowLow: number[] = servers.map(() => Infinity);
  const lowsAfterWarmUp: { at: number; low: number[] }[] = [];
  const sampler = setInterval(() => {
    const rss = servers.map((s) => rssMiB(s.server.pid!));
    windowLow = windowLow.map((low, i) => Math.min(low, rss[i]!));
  }, RSS_SAMPLE_MS);
  const connections: number[] = [];
  const started = performance.now();
  const until = started + MINUTES * 60_000;
  const inFlight = new Set<Promise<void>>();

  const send = (i: number): Promise<{ ok: boolean }> => {
    const base = bases[i % bases.length]!;
    if (i % RATE === 0) {
      // About one a second: a reset link for an existing address, queued in the
      // outbox. Each time another address: one address gets at most 3 an hour
      // (THROTTLE.linkEmailsPerAddress), then "try again later".
      const email = benchPatientEmail(resetAddresses[(i / RATE) % resetAddresses.length]!);
      const form = new FormData();
      form.set("email", email);
      return postAction(base, "/en/forgot-password", forgot, form).then((r) => ({
        ok: r.status === 200 && /"ok":true/.test(r.text),
      }));
    }
    const staff = i % 5 === 0;
    const pages = staff ? staffPages : patientPages;
    const url = pages[Math.floor(i / 7) % pages.length]!;
    const cookie = staff ? admin : cookies[i % cookies.length]!;
    return request(`${base}${url}`, { headers: { accept: "text/html", cookie } }).then((r) => ({
      ok: r.status === 200,
    }));
  };

  const snapshot = async (final = false) => {
    const now = performance.now();
    const window = samples.filter((s) => s.at > now - REPORT_EVERY_MS);
    const sorted = window.map((s) => s.ms).sort((a, b) => a - b);
    const rss = servers.map((s) => rssMiB(s.server.pid!));
    const low = windowLow.map((l, i) => Math.min(l, rss[i]!));
    windowLow = servers.map(() => Infinity);
    if (now - started >= WARM_UP_MS) lowsAfterWarmUp.push({ at: now - started, low });
    const { rows } = await pool.query<{
      connections: number;
      pending: number;
      lag: number | null;
    }>(`
      SELECT (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database()) AS connections,
             (SELECT count(*)::int FROM "OutboxEmail" WHERE status IN ('pending', 'sending')) AS pending,
             (SELECT extract(epoch FROM now() - min("createdAt"))::float FROM "OutboxEmail" WHERE status IN ('pending', 'sending')) AS lag`);
    const db = rows[0]!;
    connections.push(db.connections);
    const line = `${((now - started) / 60_000).toFixed(1).padStart(5)} min  ${String(window.length).padStart(5)} req  ${String(window.filter((s) => !s.ok).length).padStart(3)} err  p95 ${ms(percentile(sorted, 95)).padStart(9)}  RSS low ${low.map((r) => `${r.toFixed(0)} MiB`).join(" / ")}  PG conns ${db.connections}  outbox ${db.pending} waiting, oldest ${db.lag === null ? "—" : `${db.lag.toFixed(1)} s`}`;
    report.push(line);
    console.log(final ? `${line} (end)` : line);
  };

  console.log(
    `soaking: ${RATE} req/s for ${MINUTES} min; a line every ${REPORT_EVERY_MS / 1000} s`,
  );
  let nextReport = started + REPORT_EVERY_MS;
  for (let i = 0; ; i++) {
    const due = started + (i * 1000) / RATE;
    if (due >= until) break;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const p = send(i).then(
      (r) => void samples.push({ at: performance.now(), ms: performance.now() - due, ok: r.ok }),
      () => void samples.push({ at: performance.now(), ms: performance.now() - due, ok: false }),
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (performance.now() >= nextReport) {
      nextReport += REPORT_EVERY_MS;
      await snapshot();
    }
  }
  await Promise.all(inFlight);
  // Let the outbox catch up with the last minute's emails before the verdict.
  for (let waited = 0; waited < 60_000; waited += 1000) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE status IN ('pending', 'sending')`,
    );
    if (rows[0]!.n === 0) break;
    await sleep(1000);
  }
  await snapshot(true);
  clearInterval(sampler);
  const { rows: outbox } = await pool.query<{ sent: number; failed: number; p95: number | null }>(`
    SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
           count(*) FILTER (WHERE status = 'failed')::int AS failed,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM "sentAt" - "createdAt"))::float AS p95
    FROM "OutboxEmail"`);
  await pool.end();

  const errors = samples.filter((s) => !s.ok).length;
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  console.log("");
  console.log(`results: ${samples.length} requests in ${MINUTES} min`);
  row("errors (target 0)", `${errors} ${errors === 0 ? "met" : "MISSED"}`);
  row(
    "p50 / p95 / p99 over the run",
    `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))} / ${ms(percentile(sorted, 99))}`,
  );
  const first = lowsAfterWarmUp[0];
  const last = lowsAfterWarmUp.at(-1);
  if (first && last && last !== first) {
    const growth = last.low.map((r, i) => (r - first.low[i]!) / first.low[i]!);
    row(
      `RSS window low at ${(first.at / 60_000).toFixed(1)} min → end, per instance (target growth ≤ 10 %)`,
      `${last.low.map((r, i) => `${first.low[i]!.toFixed(0)} → ${r.toFixed(0)} MiB (${(growth[i]! * 100).toFixed(1)} %)`).join("; ")} ${growth.every((g) => g <= 0.1) ? "met" : "MISSED"}`,
    );
    row(
      "RSS window lows after the warm-up, per instance (MiB)",
      servers.map((_, i) => lowsAfterWarmUp.map((w) => w.low[i]!.toFixed(0)).join(" ")).join(" | "),
    );
  } else {
    row("RSS growth", "not judged: the run is shorter than its warm-up and one window");
  }
  row(
    "PostgreSQL connections (min / max over the run: stable)",
    `${Math.min(...connections)} / ${Math.max(...connections)}`,
  );
  row(
    "outbox: sent / failed, p95 from queued to sent",
    `${outbox[0]!.sent} / ${outbox[0]!.failed}, ${outbox[0]!.p95 === null ? "n/a" : `${outbox[0]!.p95.toFixed(1)} s`}`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  return errors === 0 ? 0 : 1;
}

await runBench("soak", main);
