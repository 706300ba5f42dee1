// lib/db/migrate.ts on both databases: applies every folder once, keeps
// Prisma's bookkeeping, refuses an edited history, and never applies twice
// when several app instances start at once.
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { pgRunner } from "@/lib/db/sql-runner";
import {
  bootPglite,
  freshPglite,
  freshPostgres,
  noPostgresReason,
  postgresServerUrl,
  quietOnTeardown,
  type TestDb,
} from "./support";

const migrationsDir = path.join(process.cwd(), "prisma/migrations");
const folders = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch copy of prisma/migrations the test may edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-migrations-"));
  temps.push(dir);
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

type History = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
};
const history = (db: TestDb) =>
  db.runner.query<History>(
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );

function sharedBehaviour(open: () => Promise<TestDb>) {
  it("applies every folder in order, once, with Prisma's bookkeeping", async () => {
    const db = await open();
    try {
      expect(await applyMigrations(db.runner)).toEqual(folders);
      const rows = await history(db);
      expect(rows.map((r) => r.migration_name)).toEqual(folders);
      for (const row of rows) {
        const sql = readFileSync(
          path.join(migrationsDir, row.migration_name, "migration.sql"),
          "utf8",
        );
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      // Applying again is a no-op.
      expect(await applyMigrations(db.runner)).toEqual([]);
      expect(await history(db)).toHaveLength(folders.length);
    } finally {
      await db.close();
    }
  });

  it("refuses a migration edited after it was applied, and accepts other line endings", async () => {
    const dir = copyOfMigrations();
    const db = await open();
    try {
      await applyMigrations(db.runner, dir);
      const file = path.join(dir, folders[0]!, "migration.sql");
      const original = readFileSync(file, "utf8");
      writeFileSync(file, original.replace(/\n/g, "\r\n"));
      expect(await applyMigrations(db.runner, dir)).toEqual([]);
      writeFileSync(file, `${original}\n-- an innocent-looking edit\n`);
      await expect(applyMigrations(db.runner, dir)).rejects.toThrow(
        /was modified after it was applied/,
      );
    } finally {
      await db.close();
    }
  });

  it("applies only the new folder, and rolls a failing one back entirely", async () => {
    const dir = copyOfMigrations();
    const db = await open();
    try {
      await applyMigrations(db.runner, dir);
      addMigration(
        dir,
        "29990101000000_add_note",
        `ALTER TABLE "Clinic" ADD COLUMN "testNote" TEXT;`,
      );
      expect(await applyMigrations(db.runner, dir)).toEqual(["29990101000000_add_note"]);
      // Prisma wraps some steps in BEGIN;/COMMIT; lines: they must not end our transaction early.
      addMigration(
        dir,
        "29990102000000_broken",
        `BEGIN;\nALTER TABLE "Clinic" ADD COLUMN "half" TEXT;\nCOMMIT;\nSELECT no_such_function();`,
      );
      await expect(applyMigrations(db.runner, dir)).rejects.toThrow(/no_such_function/);
      const [column] = await db.runner.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'Clinic' AND column_name = 'half'`,
      );
      expect(column).toBeUndefined();
      expect((await history(db)).map((r) => r.migration_name)).not.toContain(
        "29990102000000_broken",
      );
    } finally {
      await db.close();
    }
  });
}

describe("applyMigrations on PGlite", () => {
  beforeAll(bootPglite);
  sharedBehaviour(freshPglite);
});

describe.skipIf(!postgresServerUrl)(
  `applyMigrations on PostgreSQL${postgresServerUrl ? "" : ` (skipped: ${noPostgresReason})`}`,
  () => {
    sharedBehaviour(freshPostgres);

    it("several instances starting at once apply each migration exactly once", async () => {
      const db = await freshPostgres();
      const pools = Array.from({ length: 4 }, () =>
        quietOnTeardown(new pg.Pool({ connectionString: db.url, max: 2 })),
      );
      try {
        const results = await Promise.all(pools.map((pool) => applyMigrations(pgRunner(pool))));
        expect(results.flat().sort()).toEqual(folders);
        expect((await history(db)).map((r) => r.migration_name)).toEqual(folders);
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
        await db.close();
      }
    });
  },
);
