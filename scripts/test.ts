// `npm test`: every check, in order, stopping at the first failure.
//
//   typecheck           tsc --noEmit
//   lint                eslint . and prettier --check .
//   unit                vitest projects unit + unit-dom
//   integration-pglite  vitest project integration, TEST_DB=pglite
//   integration-pg      vitest project integration, TEST_DB=postgres (a throwaway
//                       server from scripts/test/postgres.ts unless TEST_DATABASE_URL is set)
//   build               next build
//   faults              vitest project faults: the build's server, two instances over a throwaway
//                       PostgreSQL, under races and failures (tests/faults)
//   e2e                 playwright test (serves the build with `next start`, as `npm start` does; needs Chromium;
//                       its first-run project gets a throwaway PostgreSQL server, or TEST_DATABASE_URL, as FIRST_RUN_PG_URL)
//
// Partial runs: `npm test -- --only unit,integration` (`integration` = both
// databases), `npm test -- --skip e2e`. `e2e` serves the last build: run
// `--only build,e2e` after a change. Environment: TEST_DATABASE_URL (a server
// URL the tests may create databases on), CHROMIUM_PATH, CI.
//
// Missing Chromium / PostgreSQL binaries are installed with apt-get when we are
// root, otherwise the run stops with one line saying what to install.
// Once steps have run, the last line is "N passed, N failed" (tests across vitest and playwright).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { findPgBin, startTestPostgres, type TestPostgres } from "./test/postgres";

const STEPS = [
  "typecheck",
  "lint",
  "unit",
  "integration-pglite",
  "integration-pg",
  "build",
  "faults",
  "e2e",
] as const;
type StepId = (typeof STEPS)[number];
const ALIASES: Record<string, StepId[]> = {
  integration: ["integration-pglite", "integration-pg"],
  "integration:pg": ["integration-pg"],
  "integration:pglite": ["integration-pglite"],
  pg: ["integration-pg"],
  pglite: ["integration-pglite"],
  types: ["typecheck"],
};

const root = process.cwd();
const resultsDir = path.join(root, ".tmp", "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

// ------------------------------------------------------------ arguments

function parseList(value: string | undefined, flag: string): StepId[] {
  if (!value)
    fail(
      `${flag} needs a comma-separated list of: ${[...STEPS, ...Object.keys(ALIASES)].join(", ")}`,
    );
  return value.split(",").flatMap((raw) => {
    const name = raw.trim();
    if (!name) return [];
    if (name in ALIASES) return ALIASES[name] as StepId[];
    if ((STEPS as readonly string[]).includes(name)) return [name as StepId];
    return fail(
      `unknown step "${name}" (steps: ${STEPS.join(", ")}; aliases: ${Object.keys(ALIASES).join(", ")})`,
    );
  });
}

function selectedSteps(argv: string[]): StepId[] {
  let only: StepId[] | undefined;
  let skip: StepId[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (flag === "--help" || flag === "-h") {
      console.log(
        readFileSync(new URL(import.meta.url), "utf8")
          .split("\nimport ")[0]
          ?.replace(/^\/\/ ?/gm, ""),
      );
      process.exit(0);
    } else if (flag === "--only") only = parseList(inline ?? argv[++i], "--only");
    else if (flag === "--skip") skip = parseList(inline ?? argv[++i], "--skip");
    else fail(`unknown argument "${arg}" (use --only a,b or --skip a,b; --help)`);
  }
  return STEPS.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s));
}

function fail(message: string): never {
  console.error(`npm test: ${message}`);
  process.exit(2);
}

// ------------------------------------------------------------ prerequisites

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync("/usr/bin/apt-get");

function ensurePrerequisites(steps: StepId[]) {
  const missing: { pkg: string; what: string }[] = [];
  if (steps.includes("e2e") && !existsSync(chromiumPath))
    missing.push({ pkg: "chromium", what: `Chromium (${chromiumPath})` });
  const needsPostgres =
    steps.includes("integration-pg") || steps.includes("faults") || steps.includes("e2e");
  if (needsPostgres && !process.env.TEST_DATABASE_URL && !findPgBin()) {
    missing.push({
      pkg: "postgresql",
      what: "PostgreSQL server binaries (/usr/lib/postgresql/*/bin)",
    });
  }
  if (missing.length === 0) return;
  const pkgs = missing.map((m) => m.pkg);
  // apt-get cannot create a path someone chose with CHROMIUM_PATH.
  const aptCanFix = isRoot && hasApt && !(process.env.CHROMIUM_PATH && pkgs.includes("chromium"));
  if (!aptCanFix) {
    console.error(
      `npm test: missing ${missing.map((m) => m.what).join(" and ")}: install with \`sudo apt-get install -y ${pkgs.join(" ")}\`` +
        " (or set CHROMIUM_PATH / TEST_DATABASE_URL, or skip with --skip e2e,integration-pg)",
    );
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(", ")} with apt-get…`);
  const started = Date.now();
  aptInstall(pkgs);
  console.log(`Installed ${pkgs.join(", ")} (${seconds(Date.now() - started)})`);
}

/** apt-get install without letting the postgresql package start (and keep) its own cluster. */
function aptInstall(pkgs: string[]) {
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  // Exit code 101 = "action forbidden": package scripts do not start services.
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const run = (args: string[]) => {
      const r = spawnSync("apt-get", args, { stdio: "inherit", env });
      if (r.status !== 0) fail(`apt-get ${args.join(" ")} failed`);
    };
    run(["update"]);
    run(["install", "-y", "--no-install-recommends", ...pkgs]);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  stopDebianClusters();
}

/** Stops any cluster the Debian package created and started, and keeps it from starting at boot. */
function stopDebianClusters() {
  const list = spawnSync("pg_lsclusters", ["--no-header"], {
    encoding: "utf8",
  });
  if (list.status !== 0) return;
  for (const line of list.stdout.split("\n").filter(Boolean)) {
    const [version, name, , status] = line.trim().split(/\s+/);
    if (!version || !name) continue;
    if (status === "online")
      spawnSync("pg_ctlcluster", [version, name, "stop"], { stdio: "inherit" });
    const startConf = `/etc/postgresql/${version}/${name}/start.conf`;
    if (existsSync(startConf)) writeFileSync(startConf, "manual\n");
  }
}

// ------------------------------------------------------------ running steps

type Counts = { passed: number; failed: number };
type Outcome = {
  id: StepId;
  ok: boolean;
  ms: number;
  counts?: Counts;
  note?: string;
};

let current: ChildProcess | undefined;

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    current = child;
    child.on("error", (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats?: { expected: number; unexpected: number; flaky: number };
    errors?: unknown[];
  };
  if (!report.stats) return undefined;
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
  };
}

async function vitest(id: StepId, projects: string[], env: Record<string, string> = {}) {
  const out = path.join(resultsDir, `${id}.json`);
  rmSync(out, { force: true });
  const args = [
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ];
  const code = await run(bin("vitest"), args, env);
  return { code, counts: vitestCounts(out) };
}

const postgresServers: TestPostgres[] = [];

const steps: Record<StepId, () => Promise<{ code: number; counts?: Counts; note?: string }>> = {
  typecheck: async () => ({ code: await run(bin("tsc"), ["--noEmit"]) }),
  lint: async () => {
    const code = await run(bin("eslint"), ["."]);
    return { code: code || (await run(bin("prettier"), ["--check", "--log-level", "warn", "."])) };
  },
  unit: () => vitest("unit", ["unit", "unit-dom"]),
  "integration-pglite": () => vitest("integration-pglite", ["integration"], { TEST_DB: "pglite" }),
  "integration-pg": async () => {
    let url = process.env.TEST_DATABASE_URL;
    let note = "TEST_DATABASE_URL";
    if (!url) {
      const server = await startTestPostgres();
      postgresServers.push(server);
      url = server.url;
      note = `throwaway PostgreSQL ${server.version}`;
    }
    try {
      return {
        ...(await vitest("integration-pg", ["integration"], {
          TEST_DB: "postgres",
          TEST_DATABASE_URL: url,
        })),
        note,
      };
    } finally {
      postgresServers.pop()?.stop();
    }
  },
  build: async () => {
    // A throwaway embedded-database folder: the build must not open the real
    // one (a running dev server would lose writes), and should not open any.
    const buildData = path.join(root, ".tmp", `build-${process.pid}`);
    try {
      const code = await run(
        process.execPath,
        [path.join(root, "node_modules/next/dist/bin/next"), "build"],
        {
          NEXT_TELEMETRY_DISABLED: "1",
          PGLITE_DIR: path.join(buildData, "pglite"),
        },
      );
      return { code };
    } finally {
      rmSync(buildData, { recursive: true, force: true });
    }
  },
  faults: () => {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.error(
        "faults serve the production build and there is none: run with --only build,faults",
      );
      return Promise.resolve({ code: 1 });
    }
    return vitest("faults", ["faults"]);
  },
  e2e: async () => {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.error("e2e serves the production build and there is none: run with --only build,e2e");
      return { code: 1 };
    }
    const out = path.join(resultsDir, "e2e.json");
    rmSync(out, { force: true });
    const reporters = process.env.CI ? "list,json,html" : "list,json";
    // tests/e2e/first-run.spec.ts creates (and drops) its own empty database on this server.
    let pgUrl = process.env.TEST_DATABASE_URL;
    if (!pgUrl) {
      const server = await startTestPostgres();
      postgresServers.push(server);
      pgUrl = server.url;
    }
    try {
      const code = await run(
        process.execPath,
        [
          path.join(root, "node_modules/@playwright/test/cli.js"),
          "test",
          `--reporter=${reporters}`,
        ],
        {
          PLAYWRIGHT_JSON_OUTPUT_FILE: out,
          CHROMIUM_PATH: chromiumPath,
          FIRST_RUN_PG_URL: pgUrl,
        },
      );
      const note = (await portOpen(E2E_PORT))
        ? `WARNING: something still listens on port ${E2E_PORT} after the e2e run`
        : undefined;
      if (note) console.error(note);
      return { code, counts: playwrightCounts(out), note };
    } finally {
      postgresServers.pop()?.stop();
    }
  },
};

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(outcomes: Outcome[], failedStep?: string) {
  const totals = outcomes.reduce(
    (t, o) => ({
      passed: t.passed + (o.counts?.passed ?? 0),
      failed: t.failed + (o.counts?.failed ?? 0),
    }),
    { passed: 0, failed: 0 },
  );
  console.log("\n── npm test ──────────────────────────────");
  for (const o of outcomes) {
    const counts = o.counts ? `  ${o.counts.passed} passed, ${o.counts.failed} failed` : "";
    console.log(
      `${o.ok ? "✔" : "✖"} ${o.id.padEnd(20)} ${seconds(o.ms).padStart(8)}${counts}${o.note ? `  (${o.note})` : ""}`,
    );
  }
  const total = outcomes.reduce((sum, o) => sum + o.ms, 0);
  console.log(`  ${"total".padEnd(20)} ${seconds(total).padStart(8)}`);
  if (failedStep) console.log(`FAILED at step "${failedStep}"`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
}

async function main() {
  const selected = selectedSteps(process.argv.slice(2));
  if (selected.length === 0) fail("no step selected");
  ensurePrerequisites(selected);
  mkdirSync(resultsDir, { recursive: true });

  const outcomes: Outcome[] = [];
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    current?.kill("SIGTERM");
    for (const server of postgresServers) server.stop();
    summary(outcomes, "interrupted");
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  for (const id of selected) {
    console.log(`\n▶ ${id}`);
    const started = Date.now();
    let result: { code: number; counts?: Counts; note?: string };
    try {
      result = await steps[id]();
    } catch (error) {
      console.error(error);
      result = { code: 1 };
    }
    const outcome: Outcome = {
      id,
      ok: result.code === 0,
      ms: Date.now() - started,
      counts: result.counts,
      note: result.note,
    };
    outcomes.push(outcome);
    console.log(`${outcome.ok ? "✔" : "✖"} ${id} (${seconds(outcome.ms)})`);
    if (!outcome.ok) {
      summary(outcomes, id);
      process.exit(1);
    }
  }
  summary(outcomes);
}

await main();
