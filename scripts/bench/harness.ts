// What every `npm run bench:*` script shares: a throwaway PostgreSQL and a
// production server (`npm start`) that are always stopped (on exit, on failure, on
// Ctrl-C), a keep-alive HTTP client, percentiles, and CPU accounting from
// /proc — on a shared machine wall-clock latency is mostly waiting for a core,
// so the benches also print the CPU each side spent.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { connect, createServer, type Socket } from "node:net";
import path from "node:path";
import type pg from "pg";
import { startFakeResend, type FakeResend } from "../test/fake-resend";
import { summariseCpuProfile } from "./cpu-profile";
import { startTestPostgres, type TestPostgres } from "../test/postgres";

// ------------------------------------------------------------------ lifecycle

let postgres: TestPostgres | undefined;
let servers: ChildProcess[] = [];
let resend: FakeResend | undefined;

/** The loopback stand-in for Resend the servers send through (started with the first server). */
export const fakeResend = () => resend;
// One secret for every server a bench starts: a session from one instance is good on another.
const sessionSecret = randomBytes(32).toString("base64url");

function killServerGroups(signal: NodeJS.Signals) {
  for (const server of servers) {
    if (server.pid === undefined) continue;
    try {
      process.kill(-server.pid, signal);
    } catch {
      // the group is already gone
    }
  }
}

export async function stopAll() {
  const running = servers.filter((s) => s.exitCode === null && s.signalCode === null);
  if (running.length) {
    const exited = running.map(
      (s) => new Promise<void>((resolve) => s.once("exit", () => resolve())),
    );
    killServerGroups("SIGTERM");
    await Promise.race([
      Promise.all(exited),
      new Promise((resolve) => setTimeout(resolve, 5000).unref()),
    ]);
  }
  killServerGroups("SIGKILL"); // children that outlived their server
  servers = [];
  await resend?.close();
  resend = undefined;
  postgres?.stop();
  postgres = undefined;
}

process.on("exit", () => {
  killServerGroups("SIGKILL");
  postgres?.stop();
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

/**
 * Runs a bench's main and exits: 0, or the code main returns; 1 with the error
 * if it throws. Whatever it started is stopped either way.
 */
export async function runBench(name: string, main: () => Promise<number | void>): Promise<never> {
  try {
    const code = (await main()) ?? 0;
    await stopAll();
    process.exit(code);
  } catch (error) {
    console.error(`bench:${name} failed: ${(error as Error).stack ?? error}`);
    await stopAll();
    process.exit(1);
  }
}

/**
 * A throwaway PostgreSQL under `<root>/.tmp`, stopped when this process ends,
 * with pg_stat_statements loaded (a bench creates the extension to read it:
 * statementStats).
 */
export async function startBenchPostgres(
  root: string,
  /** More postgresql.conf lines (they win over the throwaway defaults). */
  settings: string[] = [],
): Promise<TestPostgres> {
  postgres = await startTestPostgres({
    root,
    settings: [`shared_preload_libraries = 'pg_stat_statements'`, ...settings],
  });
  return postgres;
}

export type StatementStat = { query: string; calls: number; totalMs: number; meanMs: number };

/** What PostgreSQL ran since the last reset, heaviest first (the bench's own statements left out). */
export async function statementStats(client: pg.Pool, reset = true): Promise<StatementStat[]> {
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const { rows } = await client.query<{
    query: string;
    calls: string;
    total: number;
    mean: number;
  }>(
    `SELECT query, calls, total_exec_time AS total, mean_exec_time AS mean
     FROM pg_stat_statements
     WHERE query NOT ILIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_exec_time DESC LIMIT 5`,
  );
  if (reset) await client.query("SELECT pg_stat_statements_reset()");
  return rows.map((r) => ({
    query: r.query.replace(/\s+/g, " "),
    calls: Number(r.calls),
    totalMs: r.total,
    meanMs: r.mean,
  }));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A production build in `distDir` (reused with `reuse` when one is there). */
export async function buildIfNeeded(root: string, distDir: string, reuse: boolean) {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  if (reuse && existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log(`reusing the build in ${distDir}`);
    return;
  }
  console.log(`building into ${distDir} …`);
  const buildEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete buildEnv.DATABASE_URL; // a build never opens the database
  // next build adds its dist folder's types to tsconfig.json (and reformats
  // it): a bench must leave the work tree as it found it.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = readFileSync(tsconfig, "utf8");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: buildEnv,
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 15 * 60_000,
  });
  if (readFileSync(tsconfig, "utf8") !== tsconfigBefore) writeFileSync(tsconfig, tsconfigBefore);
  if (build.status !== 0)
    throw new Error(`next build failed (exit ${build.status ?? build.signal})`);
}

/** The production server (`npm start`) of that build on a free loopback port, in its own process group; resolves once /api/health answers. */
export async function startNextServer(options: {
  root: string;
  distDir: string;
  /** PostgreSQL; null: the embedded database (PGLITE_DIR in `env`, with the demo clinic). */
  databaseUrl: string | null;
  nodeArgs?: string[];
  /** More environment for the server (settings a scenario tunes). */
  env?: Record<string, string>;
}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Production mode sends real emails (no local mailbox): to a loopback stand-in.
  resend ??= await startFakeResend();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    NEXTAUTH_SECRET: sessionSecret,
    NEXTAUTH_URL: base,
    APP_URL: base,
    RESEND_API_KEY: "re_bench",
    // As behind the load balancer production requires (lib/env.ts); here the
    // only hop is Next's own, which fills X-Forwarded-For with the socket's address.
    TRUSTED_PROXY_HOPS: "1",
    RESEND_BASE_URL: resend.url,
    LOG_LEVEL: "warn",
    PORT: String(port),
    ...options.env,
  };
  // The embedded database: no DATABASE_URL, even one this process was given.
  if (!options.databaseUrl) delete serverEnv.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      nextBin,
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: options.root,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: serverEnv,
    },
  );
  servers.push(child);
  let serverErr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    serverErr = (serverErr + chunk.toString()).slice(-4000);
  });
  const startedAt = performance.now();
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${serverErr}`);
    if (attempt >= 240)
      throw new Error(`the server did not answer /api/health within 60 s:\n${serverErr}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(250);
  }
  console.log(
    `server ready on ${base} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  return { server: child, base };
}

// ------------------------------------------------------------------ statistics

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  );
}
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");
export const row = (k: string, v: string) => console.log(`  ${k.padEnd(58)} ${v}`);

// ------------------------------------------------------------------ CPU accounting (Linux /proc)

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of a process (or one of its threads), in ms; 0 when it is gone. */
export function processCpuMs(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(
      thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`,
      "utf8",
    );
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** The direct children of a process (Linux /proc); none where there is no /proc. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid)
          children.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return children;
}

/** CPU of a process and its direct children (PostgreSQL's backends; children that already exited are not counted). */
export function treeCpuMs(pid: number): number {
  return childPids(pid).reduce((total, child) => total + processCpuMs(child), processCpuMs(pid));
}

export const clientCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The postmaster's pid, from its data directory. */
export const postmasterPidOf = (pg: TestPostgres) =>
  Number(readFileSync(path.join(pg.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

// ------------------------------------------------------------------ HTTP client

// node:http on one keep-alive agent, as light as a client gets: it shares the
// cores with the server it measures.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

export type Reply = { status: number; setCookies: string[]; body: Buffer };
export function request(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? "GET", agent, headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookies: res.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * One keep-alive HTTP/1.1 connection that writes prepared request bytes and
 * reads answers (with a Content-Length or chunked): a few microseconds a request, where
 * node:http spends ~0.6 ms building and parsing. For the saturation loops,
 * whose client shares the cores with the server it measures.
 */
export class LeanConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting:
    | {
        resolve: (r: { status: number; head: string; body: Buffer }) => void;
        reject: (e: Error) => void;
      }
    | undefined;
  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("connection closed")));
  }

  static open(url: string): Promise<LeanConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => resolve(new LeanConnection(socket)));
      socket.once("error", reject);
    });
  }

  /** Sends one request (the whole of it, head and body) and resolves with the answer. */
  send(bytes: string): Promise<{ status: number; head: string; body: Buffer }> {
    if (this.waiting) return Promise.reject(new Error("one request at a time"));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(bytes);
    });
  }

  close() {
    this.socket.destroy();
  }

  private fail(error: Error) {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }

  private drain() {
    const end = this.buffer.indexOf("\r\n\r\n");
    if (end === -1 || !this.waiting) return;
    const head = this.buffer.subarray(0, end).toString("latin1");
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    let body: Buffer;
    let total: number;
    if (length) {
      total = end + 4 + Number(length[1]);
      if (this.buffer.length < total) return;
      body = this.buffer.subarray(end + 4, total);
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      // Chunks: "<hex size>\r\n<data>\r\n", ending with a zero-size chunk.
      const chunks: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const lineEnd = this.buffer.indexOf("\r\n", at);
        if (lineEnd === -1) return;
        const size = parseInt(this.buffer.subarray(at, lineEnd).toString("latin1"), 16);
        if (this.buffer.length < lineEnd + 2 + size + 2) return;
        chunks.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      total = at;
      body = Buffer.concat(chunks);
    } else {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(new Error(`answer without a length: ${head.split("\r\n")[0]}`));
      return;
    }
    this.buffer = this.buffer.subarray(total);
    const { resolve } = this.waiting;
    this.waiting = undefined;
    resolve({ status: Number(head.slice(9, 12)), head, body });
  }
}

const cookiesOf = (reply: Reply) => reply.setCookies.map((c) => c.split(";")[0]!);

/**
 * Logs a seeded patient in as the login form does (bench:login): csrf pair,
 * then the credentials callback. Returns the cookies a browser then holds: the
 * session, and the locale cookie its first page set. Without that one, next-intl
 * sets it on every response, and Next answers a server action whose response
 * sets a cookie with the whole page rendered again.
 */
export async function logIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`, { headers: { accept: "application/json" } });
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken,
    email,
    password,
    callbackUrl: "/en/dashboard",
    json: "true",
  }).toString();
  const reply = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      cookie: cookiesOf(csrf).join("; "),
      origin: base,
    },
    body,
  });
  const session = cookiesOf(reply).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login of ${email} failed: HTTP ${reply.status}`);
  return `${session}; NEXT_LOCALE=en`;
}

// ------------------------------------------------------------------ server actions

// React's reply encoder, as the browser's copy of it encodes a server action's arguments.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

/**
 * The id of a server action of the build in `distDir`, by its exported name,
 * or "file#name" when two modules export that name (lib/appointments/actions.ts
 * and lib/appointment-book/actions.ts both have a cancelAppointmentAction).
 */
export function actionId(root: string, distDir: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const [file, exported] = name.includes("#") ? name.split("#") : [undefined, name];
  const found = Object.entries(manifest.node).filter(
    ([, a]) => a.exportedName === exported && (!file || a.filename === file),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} server actions named ${name} in ${distDir}: name its file`);
  return found[0]![0];
}

/**
 * Posts a form to a server action as a browser's form does (useActionState:
 * the previous state, then the form data), from the page at `url`; the
 * action's answer is in the body's text (`"ok":true`, or `"code":"…"`).
 */
export async function postAction(
  base: string,
  url: string,
  action: string,
  form: FormData,
  cookie?: string,
): Promise<{ status: number; text: string; redirect: string | null }> {
  const reply = await fetch(`${base}${url}`, {
    method: "POST",
    headers: {
      ...(cookie ? { cookie } : {}),
      origin: base,
      accept: "text/x-component",
      "next-action": action,
    },
    body: (await encodeReply([null, form])) as FormData,
  });
  return {
    status: reply.status,
    text: await reply.text(),
    // An action that redirects answers with this header (and no result).
    redirect: reply.headers.get("x-action-redirect"),
  };
}

/** Stops the servers (each writes its profile as it exits) and prints the newest profile in `profileDir`. */
export async function printServerProfile(profileDir: string) {
  await stopAll();
  const newest = readdirSync(profileDir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort()
    .at(-1);
  console.log("");
  console.log(
    newest
      ? summariseCpuProfile(path.join(profileDir, newest))
      : "no CPU profile was written (the server did not exit cleanly)",
  );
}
