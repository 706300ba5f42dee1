// Runs in each integration test file's own process before the file loads
// (setupFiles), so the app's env() and db() see the database chosen here and
// the tests use the app's own db(), not a stand-in.
//   TEST_DB=pglite:   a fresh in-memory PGlite, migrated by prepareDatabase().
//   TEST_DB=postgres: a fresh database copied from the migrated template that
//                     global-setup.ts made, dropped when the file ends.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { databaseUrl, dbKind, quoteIdent } from "./harness-shared";

const kind = dbKind();
let dropDatabase: (() => Promise<void>) | undefined;

if (kind === "pglite") {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = `memory://test-${randomBytes(6).toString("hex")}`;
} else {
  const provided = inject("postgres");
  if (!provided)
    throw new Error("TEST_DB=postgres but the integration globalSetup provided no server");
  const name = `${provided.prefix}${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: provided.serverUrl });
  await admin.connect();
  try {
    // Two files copying the template at the same instant can briefly see each
    // other's copy as "another session on the template": retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(
          `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(provided.template)}`,
        );
        break;
      } catch (error) {
        if (attempt >= 10 || (error as { code?: string }).code !== "55006") throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = databaseUrl(provided.serverUrl, name);
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: provided.serverUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}

// Two queries at once on one connection (a transaction's client) are what pg
// warns about ("already executing a query"; an error in pg 9). The warning
// fires once per process, so instead every query that finds its connection
// busy is seen here. Prisma's own join fan-out inside a transaction does it
// too (prisma/orm#29407, fixed upstream in the adapter, not released yet): its
// stack is the interpreter mapping a join's children, and it is only counted.
// Anything else is the app running queries side by side on a transaction,
// and fails the file.
const overlapping: string[] = [];
let prismaJoinOverlaps = 0;
if (kind === "postgres") {
  Error.stackTraceLimit = 40; // deep enough to show the app's frame under Prisma's
  const proto = pg.Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const query = proto.query;
  proto.query = function (this: { _activeQuery?: unknown; _queryQueue?: unknown[] }, ...args) {
    if (this._activeQuery || (this._queryQueue?.length ?? 0) > 0) {
      const stack = new Error("overlapping query").stack ?? "";
      if (/interpretNode[^\n]*\n\s+at [^\n]*\n\s+at Array\.map/.test(stack)) prismaJoinOverlaps++;
      else overlapping.push(stack);
    }
    return query.apply(this, args);
  };
}

// Imported only now: nothing of the app may read the environment before it is set.
const { resetEnvForTests } = await import("@/lib/env");
resetEnvForTests();

beforeAll(async () => {
  const { prepareDatabase } = await import("@/lib/db/prepare");
  await prepareDatabase();
});

afterAll(async () => {
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
  await dropDatabase?.();
  if (prismaJoinOverlaps > 0)
    console.warn(
      `${prismaJoinOverlaps} overlapping queries from Prisma's join fan-out (prisma/orm#29407)`,
    );
  if (overlapping.length > 0)
    throw new Error(`two queries at once on one connection:\n${overlapping[0]}`);
});
