// Vitest globalSetup of the `integration` project. With TEST_DB=postgres it
// migrates ONE template database (the same applyMigrations the app uses), so
// each test file can get its own copy with a cheap `CREATE DATABASE … TEMPLATE`
// (tests/integration/setup.ts). With no TEST_DATABASE_URL it starts a
// throwaway server (scripts/test/postgres.ts). PGlite needs nothing here.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startTestPostgres } from "../../scripts/test/postgres";
import { dbKind, databaseUrl, quoteIdent } from "./harness-shared";

export type ProvidedPostgres = { serverUrl: string; template: string; prefix: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: ProvidedPostgres | null;
  }
}

export default async function setup(project: TestProject) {
  if (dbKind() !== "postgres") {
    project.provide("postgres", null);
    return;
  }
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopServer: (() => void) | undefined;
  if (!serverUrl) {
    const server = await startTestPostgres();
    serverUrl = server.url;
    stopServer = server.stop;
  }

  const runId = randomBytes(3).toString("hex");
  const template = `portal_tpl_${runId}`;
  const prefix = `portal_t_${runId}_`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`);
    const { applyMigrations } = await import("@/lib/db/migrate");
    const { pgRunner } = await import("@/lib/db/sql-runner");
    const pool = new pg.Pool({ connectionString: databaseUrl(serverUrl, template), max: 1 });
    try {
      await applyMigrations(pgRunner(pool), path.join(process.cwd(), "prisma/migrations"));
    } finally {
      // A template must have no open connection when it is copied.
      await pool.end();
    }
  } catch (error) {
    await admin.end().catch(() => {});
    stopServer?.();
    throw error;
  }
  project.provide("postgres", { serverUrl, template, prefix });

  return async () => {
    try {
      // Files drop their own database; this catches the ones a crash left behind.
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2",
        [`${prefix}%`, template],
      );
      for (const { datname } of rows)
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    } finally {
      await admin.end().catch(() => {});
      stopServer?.();
    }
  };
}
