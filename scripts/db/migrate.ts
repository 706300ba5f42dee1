// `npm run db:migrate`: applies pending migrations to the PostgreSQL database in
// DATABASE_URL. The embedded database (PGlite, no DATABASE_URL) is migrated by
// the app itself at startup: no other process may open its folder while the
// server runs (docs/decisions/0001), so this script refuses to touch it.
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { pgRunner } from "../../lib/db/sql-runner";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "db:migrate: DATABASE_URL is not set — the embedded database is migrated by the app at startup; nothing to do.",
  );
  process.exit(1);
}

const pool = new pg.Pool({ connectionString: url, max: 2 });
try {
  const applied = await applyMigrations(pgRunner(pool));
  console.log(
    applied.length ? `applied ${applied.length}: ${applied.join(", ")}` : "database is up to date",
  );
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
