import "server-only";
// Applies prisma/migrations to a database, on PostgreSQL and on PGlite alike.
//
// Why our own runner: `prisma migrate deploy` needs the native schema engine,
// which cannot be downloaded offline, and in embedded mode the app must apply
// migrations itself, in-process, on the one PGlite instance it owns (a second
// process opening the same folder loses writes). See docs/decisions/0002.
//
// It keeps Prisma's own bookkeeping table, `_prisma_migrations`, with the same
// columns and checksums, so `prisma migrate deploy`/`status` (with a real engine)
// agree with what this runner applied, and the other way round.
//
// No `import "server-only"`: scripts and tests use this module too.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./sql-runner";

// The advisory lock key Prisma's migrate commands take (pg_advisory_lock(72707369)):
// sharing it makes this runner and `prisma migrate deploy` exclude each other too.
const MIGRATE_LOCK_KEY = 72707369;

// Same DDL as Prisma's schema engine creates for PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type LocalMigration = { name: string; script: string; checksum: string };
type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
};

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Migration folders (those holding a migration.sql), in name order = timestamp order. */
function readMigrations(migrationsDir: string): LocalMigration[] {
  if (!existsSync(migrationsDir)) throw new Error(`No migrations folder at ${migrationsDir}`);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const script = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, script, checksum: sha256(script) };
    });
}

/**
 * Prisma writes some steps (recreating an enum) between `BEGIN;` and `COMMIT;`
 * lines. Each migration already runs in our transaction, where that COMMIT
 * would end it early (releasing the lock, leaving the bookkeeping row outside
 * it): those lines are dropped before running. The checksum is of the file.
 */
const stripTransactionLines = (script: string) =>
  script.replace(/^[ \t]*(BEGIN|COMMIT)[ \t]*;[ \t]*$/gim, "");

/** Like Prisma: a file checked out with other line endings still matches. */
function matchesChecksum(script: string, checksum: string) {
  return [script, script.replace(/\r\n/g, "\n"), script.replace(/(?<!\r)\n/g, "\r\n")].some(
    (s) => sha256(s) === checksum,
  );
}

/** Refuses to go on over a history this runner cannot trust. */
function checkHistory(rows: AppliedRow[], local: LocalMigration[]) {
  const byName = new Map(local.map((m) => [m.name, m]));
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      // Only a non-transactional runner (prisma migrate deploy) leaves these: the
      // database may be half-migrated, a human must look (`prisma migrate resolve`).
      throw new Error(
        `Migration ${row.migration_name} failed earlier and was not resolved: fix the database by hand, then mark it rolled back or applied.`,
      );
    }
    const file = byName.get(row.migration_name);
    // A row with no local folder comes from a newer release (rolling deploy): tolerated.
    if (file && !matchesChecksum(file.script, row.checksum)) {
      throw new Error(
        `Migration ${row.migration_name} was modified after it was applied (checksum differs from the database). ` +
          `Restore the applied file and put the change in a new migration.`,
      );
    }
  }
}

/**
 * Applies every migration folder not yet applied, oldest first, each in its own
 * transaction, and returns the names applied (empty when up to date).
 *
 * Several app instances may start at once: each step runs under a transaction-
 * level advisory lock and re-reads the history once it holds it, so a migration
 * another instance applied meanwhile is skipped, never applied twice. (A session
 * lock would not do: a pool may hand each query a different connection.) On
 * PGlite, a single connection, the lock is trivially granted.
 *
 * A failed migration rolls back entirely (PostgreSQL DDL is transactional) and
 * leaves no row, so fixing the file and restarting is enough. Consequence: a
 * migration cannot use statements refused inside a transaction (CREATE INDEX
 * CONCURRENTLY, ALTER TYPE … ADD VALUE then using the value in the same file).
 */
export async function applyMigrations(
  sql: SqlRunner,
  migrationsDir = path.join(process.cwd(), "prisma/migrations"),
): Promise<string[]> {
  const local = readMigrations(migrationsDir);
  const applied: string[] = [];
  for (;;) {
    const next = await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATE_LOCK_KEY]);
      // Checked first so a migrated database prints no "already exists" notice.
      const [table] = await tx.query<{ found: boolean }>(
        `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS found`,
      );
      if (!table?.found) await tx.exec(CREATE_MIGRATIONS_TABLE);
      const rows = await tx.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      checkHistory(rows, local);
      const done = new Set(
        rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
      );
      const migration = local.find((m) => !done.has(m.name));
      if (!migration) return undefined;
      // Same row shape as Prisma: started, then finished with one applied step.
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`,
        [id, migration.checksum, migration.name],
      );
      await tx.exec(stripTransactionLines(migration.script));
      await tx.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      return migration.name;
    });
    if (!next) return applied;
    applied.push(next);
  }
}
