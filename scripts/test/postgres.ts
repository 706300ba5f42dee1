// A throwaway PostgreSQL server for the test run: initdb into .tmp/pg-<random>,
// trust auth on 127.0.0.1 only, a free port, no Unix socket. It is stopped and
// its folder removed when the caller calls stop(), and also on process exit,
// SIGINT/SIGTERM/SIGHUP and startup failure, so a crashed run leaves nothing
// listening. Used by scripts/test.ts and by the integration globalSetup when
// TEST_DATABASE_URL is not given.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export type TestPostgres = {
  url: string;
  version: string;
  dataDir: string;
  stop(): void;
  /** pg_ctl restart: "fast" (sessions ended, clean shutdown) or "immediate" (a crash, then recovery). */
  restart(mode: "fast" | "immediate"): Promise<void>;
};

const PG_LIB = "/usr/lib/postgresql";

/** The newest server binaries on this machine (Debian layout), or undefined. */
export function findPgBin(): string | undefined {
  if (!existsSync(PG_LIB)) return undefined;
  const versions = readdirSync(PG_LIB)
    .filter(
      (v) =>
        existsSync(path.join(PG_LIB, v, "bin", "pg_ctl")) &&
        existsSync(path.join(PG_LIB, v, "bin", "initdb")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_LIB, versions[0], "bin") : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Removes the folders of earlier runs that were SIGKILLed (no cleanup handler
 * runs then): no live postmaster, and untouched for 30 minutes, so a server
 * another process is starting or running right now is never touched.
 */
function sweepStale(tmpRoot: string) {
  const cutoff = Date.now() - 30 * 60_000;
  for (const name of readdirSync(tmpRoot)) {
    if (!/^pg-[0-9a-f]{8}$/.test(name)) continue;
    const dir = path.join(tmpRoot, name);
    try {
      if (statSync(dir).mtimeMs > cutoff) continue;
      const pidFile = path.join(dir, "postmaster.pid");
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
        try {
          process.kill(pid, 0);
          continue; // still running
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EPERM") continue; // alive, someone else's
        }
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // raced with its owner: leave it
    }
  }
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** runPg without blocking the event loop (a restart while this process keeps serving load). */
function runPgAsync(bin: string, args: string[]): Promise<void> {
  const [cmd, fullArgs] = isRoot
    ? ["runuser", ["-u", "postgres", "--", bin, ...args]]
    : [bin, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, fullArgs, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(bin)} exited ${code}: ${err}`)),
    );
  });
}

/** Runs a server binary; as root, as the `postgres` user (initdb and postgres refuse root). */
function runPg(bin: string, args: string[], opts: { check?: boolean; timeoutMs?: number } = {}) {
  const [cmd, fullArgs] = isRoot
    ? ["runuser", ["-u", "postgres", "--", bin, ...args]]
    : [bin, args];
  const result = spawnSync(cmd, fullArgs, { encoding: "utf8", timeout: opts.timeoutMs ?? 60_000 });
  if (opts.check !== false && result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(
      `${path.basename(bin)} failed (exit ${result.status ?? result.signal}): ${output || result.error?.message}`,
    );
  }
  return result;
}

/** Starts a fresh server. The caller owns it: call stop() when done (it is idempotent). */
export async function startTestPostgres(
  options: { root?: string; /** More postgresql.conf lines. */ settings?: string[] } = {},
): Promise<TestPostgres> {
  const bin = findPgBin();
  if (!bin)
    throw new Error(
      `PostgreSQL server binaries not found under ${PG_LIB}/*/bin: install them with "apt-get install -y postgresql"`,
    );
  if (isRoot) {
    try {
      execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
    } catch {
      throw new Error(
        'Running as root but there is no "postgres" user to run the server as: install the Debian "postgresql" package',
      );
    }
  }

  let tmpRoot = path.resolve(options.root ?? process.cwd(), ".tmp");
  mkdirSync(tmpRoot, { recursive: true });
  // The server runs as `postgres`: with a private checkout (umask 077) it cannot
  // reach .tmp, so fall back to the system temp folder.
  if (
    isRoot &&
    spawnSync("runuser", ["-u", "postgres", "--", "test", "-x", tmpRoot]).status !== 0
  ) {
    tmpRoot = path.join(os.tmpdir(), "portal-test-pg");
    mkdirSync(tmpRoot, { recursive: true, mode: 0o755 });
  }
  sweepStale(tmpRoot);
  const dataDir = path.join(tmpRoot, `pg-${randomBytes(4).toString("hex")}`);
  mkdirSync(dataDir, { mode: 0o700 });
  if (isRoot) {
    const id = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataDir, id("-u"), id("-g"));
  }

  let started = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    for (const signal of signals) process.off(signal, onSignal);
    if (started) {
      // "immediate": the data is thrown away, no need for a clean checkpoint.
      runPg(
        path.join(bin, "pg_ctl"),
        ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "20"],
        { check: false },
      );
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on("exit", stop);
  for (const signal of signals) process.once(signal, onSignal);

  try {
    runPg(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    const port = await freePort();
    // Speed over durability: this cluster dies with the run.
    writeFileSync(
      path.join(dataDir, "postgresql.auto.conf"),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = ''`,
        `fsync = off`,
        `synchronous_commit = off`,
        `full_page_writes = off`,
        `max_connections = 200`,
        `log_min_messages = warning`,
        ...(options.settings ?? []),
        "",
      ].join("\n"),
    );
    const logFile = path.join(dataDir, "server.log");
    runPg(path.join(bin, "pg_ctl"), [
      "start",
      "-D",
      dataDir,
      "-l",
      logFile,
      "-w",
      "-t",
      "60",
      "-s",
    ]);
    started = true;
    const version = path.basename(path.dirname(bin));
    const restart = (mode: "fast" | "immediate") =>
      runPgAsync(path.join(bin, "pg_ctl"), [
        "restart",
        "-D",
        dataDir,
        "-m",
        mode,
        "-l",
        logFile,
        "-w",
        "-t",
        "60",
        "-s",
      ]);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      version,
      dataDir,
      stop,
      restart,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

// `tsx scripts/test/postgres.ts`: start one and keep it until Ctrl-C (handy for
// running integration tests by hand with TEST_DATABASE_URL).
if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startTestPostgres();
  console.log(`PostgreSQL ${pg.version} running: TEST_DATABASE_URL=${pg.url}`);
  console.log("Ctrl-C stops it and deletes its data.");
  setInterval(() => {}, 1 << 30);
}
