// `npm run db:reset`: throws the development database away and starts over.
// - PostgreSQL (DATABASE_URL): drops and recreates the `public` schema, then
//   applies every migration. Refused when NODE_ENV=production.
// - Embedded (no DATABASE_URL): deletes the PGLITE_DIR folder; the app creates
//   and migrates a fresh one on its next start. The server must be stopped
//   first: a running server keeps its data in memory and would write on top.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { pgliteDirFor } from "../../lib/db/pglite";
import { pgRunner } from "../../lib/db/sql-runner";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset: refused with NODE_ENV=production (it deletes every row).");
  process.exit(1);
}

const url = process.env.DATABASE_URL;
if (url) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    // The schema's owner recreates it as it was; CASCADE also drops the
    // btree_gist extension, which the init migration creates again.
    await pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    const applied = await applyMigrations(pgRunner(pool));
    console.log(
      `db:reset: ${new URL(url).pathname.slice(1)} emptied; applied ${applied.length}: ${applied.join(", ")}`,
    );
  } catch (error) {
    console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await pool.end();
  }
} else {
  const dir = pgliteDirFor(process.env.PGLITE_DIR ?? ".data/pglite");
  if (dir.startsWith("memory://")) {
    console.log("db:reset: PGLITE_DIR is in memory; nothing to delete.");
    process.exit(0);
  }
  console.warn(
    "db:reset: stop the server first — a running server keeps the old database in memory and writes it back.",
  );
  // PGlite writes postmaster.pid (with a dummy pid) while open and removes it on
  // a clean close: a hint, not proof, since a killed process leaves it behind.
  if (existsSync(path.join(dir, "postmaster.pid"))) {
    console.warn(
      `db:reset: ${dir}/postmaster.pid exists: a server may still have it open (or was not stopped cleanly).`,
    );
  }
  if (!existsSync(dir)) {
    console.log(`db:reset: ${dir} does not exist; nothing to delete.`);
  } else {
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `db:reset: deleted ${dir}; the next server start creates and migrates a fresh database.`,
    );
  }
}
