import "server-only";
// What a server process does once, before it serves: validate the environment,
// bring the embedded database up to date (and seed the demo), start the email
// worker and the audit sealer, and arrange a graceful shutdown.
import diagnostics from "node:diagnostics_channel";
import { prepareDatabase } from "@/lib/db/prepare";
import { closeDb } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed";
import { startOutboxWorker } from "@/lib/email/worker";
import { startReminderWorker } from "@/lib/appointments/reminders";
import { startAuditSealer } from "@/lib/audit/sealer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

let started: Promise<void> | undefined;

/** Once per process (Next awaits instrumentation.ts's register() before it serves); later calls get the same promise. */
export function startServer(): Promise<void> {
  started ??= start();
  return started;
}

async function start() {
  const started = Date.now();
  const config = env();
  const { applied } = await prepareDatabase();
  const seeded = config.demo ? await seedDemoIfEmpty() : false;
  const worker = startOutboxWorker({ intervalMs: 1000 });
  // Appointment reminders: due ones are claimed once across instances, checked every minute.
  const reminders = startReminderWorker({ intervalMs: 60_000 });
  // Links new audit rows into the hash chain (docs/decisions/0006).
  const sealer = startAuditSealer({ intervalMs: 5000 });
  log.info("portal ready", {
    database: config.embedded ? "embedded" : "postgresql",
    email: config.EMAIL_TRANSPORT,
    migrationsApplied: applied.length,
    demoSeeded: seeded,
    ms: Date.now() - started,
    open: `${config.APP_URL}/en/login`,
    ...(config.EMAIL_TRANSPORT === "mailbox"
      ? { mailbox: `${config.APP_URL}/en/dev/mailbox` }
      : {}),
  });

  // SIGTERM (a deploy, `docker stop`) or SIGINT. Next's own handler in `next
  // start` closes the HTTP server, lets the requests in flight finish, then
  // exits (143, 130). Those requests still need the database, so this one
  // closes nothing under them: it stops the background jobs (each finishes
  // its batch in flight; rows it claimed and could not finish wait out their
  // lease for another instance). An acknowledged write is already on disk,
  // the embedded database's too (its WAL is written at commit; the next start
  // replays it, tests/faults/embedded-shutdown.test.ts). Only if the process is
  // still there after FALLBACK_EXIT_MS (no Next handler: NEXT_MANUAL_SIG_HANDLE,
  // or a request that never ends) does it close the database and exit itself.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    closeConnectionsAfterEachResponse();
    setTimeout(() => void closeAndExit(), FALLBACK_EXIT_MS).unref();
    await Promise.all([
      reminders
        .stop()
        .catch((error: unknown) => log.error("reminder worker stop failed", { error })),
      worker.stop().catch((error: unknown) => log.error("worker stop failed", { error })),
      sealer.stop().catch((error: unknown) => log.error("audit sealer stop failed", { error })),
    ]);
    log.info("background jobs stopped", { signal });
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/**
 * Next's server.close() stops new connections and closes the idle ones, but a
 * keep-alive connection that is never idle (a proxy or client sending request
 * after request) keeps being served, and the close never ends. From now on
 * each response says `Connection: close`: the client's next request opens a
 * new connection, which goes to another instance. Node's own diagnostics
 * channel hands over each request as it starts; Next's headers are untouched.
 */
function closeConnectionsAfterEachResponse() {
  diagnostics.subscribe("http.server.request.start", (message) => {
    // Node's own server's response (http.ServerResponse), as the channel documents it.
    const { response } = message as {
      response: { headersSent: boolean; setHeader(name: string, value: string): void };
    };
    if (!response.headersSent) response.setHeader("connection", "close");
  });
}

/** How long Next's own shutdown may take before the portal ends the process itself. */
const FALLBACK_EXIT_MS = 30_000;

async function closeAndExit() {
  log.warn("still running after the shutdown signal: closing the database and exiting", {
    afterMs: FALLBACK_EXIT_MS,
  });
  await closeDb().catch(() => {});
  const { closeEmbedded } = await import("@/lib/db/pglite");
  await closeEmbedded().catch(() => {});
  process.exit(0);
}
