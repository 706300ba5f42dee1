// What each fault scenario stands on: a throwaway PostgreSQL, migrated, and
// several instances of the production server (`npm start`, the build in
// .next) sending email through a loopback stand-in for Resend — the benches'
// harness (scripts/bench/harness.ts). This process seeds with the app's own
// factories on the same database, and reads it to check what the servers did.
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  actionId,
  buildIfNeeded,
  fakeResend,
  sleep,
  startBenchPostgres,
  startNextServer,
  stopAll,
} from "../../scripts/bench/harness";

const root = process.cwd();
const distDir = ".next";

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

export async function startCluster(instances = 2, env: Record<string, string> = {}) {
  await buildIfNeeded(root, distDir, true);
  // Durable commits: the throwaway server's synchronous_commit=off would lose
  // acknowledged writes in a crash (pg_ctl restart -m immediate), which is
  // what the scenarios check never happens.
  const postgres = await startBenchPostgres(root, ["synchronous_commit = on"]);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  // An idle connection dropped by a restart (a scenario's own doing) is replaced.
  pool.on("error", () => {});
  await applyMigrations(pgRunner(pool), path.join(root, "prisma/migrations"));
  // The app's modules in this process (factories, data) use the same database.
  process.env.DATABASE_URL = postgres.url;
  (await import("@/lib/env")).resetEnvForTests();
  const servers: Awaited<ReturnType<typeof startNextServer>>[] = [];
  for (let i = 0; i < instances; i++)
    servers.push(await startNextServer({ root, distDir, databaseUrl: postgres.url, env }));
  return {
    bases: servers.map((s) => s.base),
    /** The servers' processes: none may exit during a scenario. */
    processes: servers.map((s) => s.server),
    postgres,
    pool,
    /** What the servers sent through the stand-in for Resend. */
    sent: () => fakeResend()?.sent ?? [],
    /** Sends that repeated an idempotency key already delivered. */
    repeats: () => fakeResend()?.repeats ?? [],
    /** The stand-in itself: its requests, outages and refused addresses. */
    provider: () => {
      const provider = fakeResend();
      if (!provider) throw new Error("no stand-in for Resend is running");
      return provider;
    },
    action: (name: string) => actionId(root, distDir, name),
    async stop() {
      const { closeDb } = await import("@/lib/db/client");
      await closeDb();
      await pool.end();
      await stopAll();
    },
  };
}

/** Waits until `check` holds (polling), or fails with what it last saw. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until)
      throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(250);
  }
}

/** A form as the browser posts it. */
export const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

/**
 * Waits until the outbox has nothing left to send, and returns its rows by
 * status. A batch whose claim committed as the database went down (or as its
 * instance stopped) is unknown to any worker: those rows wait out their lease
 * (lib/email/worker.ts), then any worker sends them, with the same idempotency
 * key. `leaseUntil` says until when some did.
 */
export async function outboxDrained(
  cluster: Cluster,
  /** How long past any lease to wait: an email retried after an outage waits out its backoff. */
  afterLeaseMs = 60_000,
) {
  const leases = await cluster.pool.query<{ until: Date | null }>(
    `SELECT max("lockedUntil") AS until FROM "OutboxEmail" WHERE status = 'sending'`,
  );
  const leaseUntil = leases.rows[0]?.until ?? null;
  const byStatus = await eventually(
    () =>
      cluster.pool
        .query<{ status: string; n: number }>(
          `SELECT status::text, count(*)::int AS n FROM "OutboxEmail" GROUP BY status`,
        )
        .then((r) => Object.fromEntries(r.rows.map((row) => [row.status, row.n]))),
    (counts) => !counts.pending && !counts.sending,
    Math.max(0, (leaseUntil?.getTime() ?? Date.now()) - Date.now()) + afterLeaseMs,
  );
  return { byStatus, leaseUntil };
}
