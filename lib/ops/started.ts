// Where this process's startup (lib/ops/startup.ts: environment, embedded
// database, demo seed, workers) leaves its promise: on globalThis, so that code
// running outside Next's bundle — the production server's login lane
// (server.ts) — can wait for what Next's own request handling waits for.
// Next starts instrumentation.ts's register() as it prepares, without waiting.
// No imports: server.ts loads this before Next has prepared.
const state = globalThis as unknown as { __portalStartup?: Promise<void> };

/** Runs `start` once per process, whoever asks first; later callers get the same promise. */
export function startOnce(start: () => Promise<void>): Promise<void> {
  state.__portalStartup ??= start();
  return state.__portalStartup;
}

/** Resolves when startup has finished; rejects if it failed or has not begun within `timeoutMs`. */
export async function whenStarted(timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!state.__portalStartup) {
    if (Date.now() > until) throw new Error(`the portal's startup (instrumentation.ts) did not begin within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await state.__portalStartup;
}
