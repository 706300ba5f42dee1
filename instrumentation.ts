// Next calls register() once per server process, before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file; the build must never open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/ops/startup");
  await startServer();
}
