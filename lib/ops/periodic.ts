import "server-only";
// A background loop of this process (the outbox worker, the reminders): runs
// never overlap, one loop per name (also across dev hot reloads), timers never
// keep the process alive, and `stop()` resolves once the run in flight ends,
// so shutdown never cuts a batch in half.
import { log } from "@/lib/log";

export type PeriodicJob = { stop(): Promise<void> };

const store = globalThis as unknown as { __portalJobs?: Map<string, PeriodicJob> };

/**
 * Runs `run` at once, then again after the delay (ms) it returns. A run that
 * throws is logged and retried after `fallbackDelayMs`.
 */
export function startPeriodicJob(
  name: string,
  run: () => Promise<number>,
  fallbackDelayMs: number,
): PeriodicJob {
  const jobs = (store.__portalJobs ??= new Map());
  const existing = jobs.get(name);
  if (existing) return existing;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    // Never the only thing keeping the process (or a test run) alive.
    timer.unref();
  };
  const tick = () => {
    timer = undefined;
    inFlight = (async () => {
      let delayMs = fallbackDelayMs;
      try {
        delayMs = await run();
      } catch (error) {
        log.error("background job failed", {
          job: name,
          error:
            error instanceof Error
              ? `${error.name}: ${error.message}`.slice(0, 500)
              : "unknown error",
        });
      }
      inFlight = undefined;
      schedule(delayMs);
    })();
  };

  const job: PeriodicJob = {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      if (jobs.get(name) === job) jobs.delete(name);
    },
  };
  jobs.set(name, job);
  schedule(0);
  return job;
}
