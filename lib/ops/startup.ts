import "server-only";
// What a server process does once, before it serves: validate the environment,
// bring the embedded database up to date (and seed the demo), start the email
// worker and the audit sealer, and arrange a graceful shutdown.
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

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    // Let the email batch in flight finish, then close the database cleanly
    // (the embedded one flushes its files on close).
    await reminders
      .stop()
      .catch((error: unknown) => log.error("reminder worker stop failed", { error }));
    await worker.stop().catch((error: unknown) => log.error("worker stop failed", { error }));
    await sealer.stop().catch((error: unknown) => log.error("audit sealer stop failed", { error }));
    await closeDb().catch(() => {});
    const { closeEmbedded } = await import("@/lib/db/pglite");
    await closeEmbedded().catch(() => {});
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
