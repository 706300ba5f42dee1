// The e2e web server (playwright.config.ts `webServer.command`): the production
// build served by what `npm start` runs, `next start`, on a fresh embedded
// database.
//
// Why a wrapper: the server runs in its own process group, and this process
// kills that whole group on SIGTERM/SIGINT/SIGHUP, when its parent goes away
// (stdin closes), or when it exits for any other reason; then it deletes the data.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const port = process.env.E2E_PORT ?? "3100";
const runId = process.env.E2E_RUN_ID ?? `${Date.now().toString(36)}-${process.pid}`;
const runDir = path.join(root, ".tmp", `e2e-${runId}`);
const pgliteDir = path.join(runDir, "pglite");

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
  console.error(
    `serve-e2e: no production build in ${distDir}: run \`npm run build\` (or \`npm test -- --only build,e2e\`) first`,
  );
  process.exit(1);
}

rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  PGLITE_DIR: pgliteDir,
  DEMO: "1",
  E2E: "1",
  APP_URL: `http://localhost:${port}`,
  NEXTAUTH_URL: `http://localhost:${port}`,
  EMAIL_TRANSPORT: "mailbox",
  // POST /api/test/clock moves the server's clock (tests/e2e/clock.spec.ts).
  TEST_CLOCK: "1",
};
// The embedded database, whatever the calling shell has configured.
delete env.DATABASE_URL;
delete env.RESEND_API_KEY;

const child = spawn(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", port],
  {
    cwd: root,
    detached: true, // its own process group, so the group can be killed at once
    stdio: ["ignore", "inherit", "inherit"],
    env,
  },
);

/** Signals every process of the server's group, including children that outlived it. */
function killGroup(signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already empty
  }
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  killGroup("SIGTERM");
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
  await Promise.race([exited, timeout]);
  killGroup("SIGKILL"); // whatever the server left behind
  if (process.env.E2E_KEEP_DATA !== "1") rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const)
  process.on(signal, () => void stop(0));
// Playwright holds our stdin open: EOF means the runner is gone.
process.stdin.on("end", () => void stop(0));
process.stdin.on("error", () => void stop(0));
process.stdin.resume();
// Last resort on an unexpected exit: nothing async, just the group.
process.on("exit", () => killGroup("SIGKILL"));

child.on("exit", (code, signal) => {
  if (stopping) return;
  console.error(`serve-e2e: the server exited (${signal ?? code})`);
  void stop(code ?? 1);
});
