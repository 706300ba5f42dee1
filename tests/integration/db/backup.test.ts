// npm run db:backup / db:restore on the embedded database (lib/db/backup.ts):
// the demo clinic seeded into a PGlite folder, as `npm run dev` leaves it, is
// backed up to one archive and restored into a new folder, where every table
// holds the same rows (counted and hashed), the uploaded files included. A
// restore never writes over a database, and a backup never over a file.
// PGlite only: the embedded database is what these commands serve.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, embeddedInUse, restoreEmbedded } from "@/lib/db/backup";
import { closeDb } from "@/lib/db/client";
import { closeEmbedded, newPglite } from "@/lib/db/pglite";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDemo } from "@/lib/demo/seed";
import { resetEnvForTests } from "@/lib/env";
import { dbKind } from "../harness";

type Fingerprint = Record<string, { rows: number; hash: string | null }>;

/** Every table's row count and a hash of its rows, read from a closed folder. */
async function fingerprint(dir: string): Promise<Fingerprint> {
  const pglite = newPglite(dir);
  try {
    const { rows: tables } = await pglite.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Fingerprint = {};
    for (const { name } of tables) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const { rows } = await pglite.query<{ rows: number; hash: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM ${quoted} t`,
      );
      out[name] = rows[0]!;
    }
    return out;
  } finally {
    await pglite.close();
  }
}

describe.skipIf(dbKind() !== "pglite")("backup and restore of the embedded database", () => {
  const work = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
  const seeded = path.join(work, "pglite");
  const archive = path.join(work, "portal.tar.gz");
  const restored = path.join(work, "restored");
  const harnessDir = process.env.PGLITE_DIR;

  beforeAll(async () => {
    // This file's database is a folder, seeded as the demo is, then closed.
    await closeDb();
    process.env.PGLITE_DIR = seeded;
    resetEnvForTests();
    await prepareDatabase();
    await seedDemo();
    await closeDb();
    await closeEmbedded();
  }, 240_000);

  afterAll(async () => {
    await closeEmbedded();
    process.env.PGLITE_DIR = harnessDir;
    resetEnvForTests();
    rmSync(work, { recursive: true, force: true });
  });

  it("backs up the seeded folder and restores it into a new one with every row", async () => {
    expect(embeddedInUse(seeded)).toBe(false);
    const bytes = await backupEmbedded(seeded, archive);
    expect(bytes).toBe(statSync(archive).size);
    expect(bytes).toBeGreaterThan(100_000);

    await restoreEmbedded(archive, restored);
    const before = await fingerprint(seeded);
    const after = await fingerprint(restored);
    expect(after).toEqual(before);
    // Not an empty match: the demo's rows are there, files and audit chain included.
    for (const table of ["Clinic", "Account", "Appointment", "Communication", "StoredFileChunk"])
      expect(before[table]?.rows, table).toBeGreaterThan(0);
    expect(before._prisma_migrations?.rows).toBe(readdirSync("prisma/migrations").length - 1);
  }, 240_000);

  it("never writes over a database or a file", async () => {
    await expect(restoreEmbedded(archive, seeded)).rejects.toThrow(/not empty/);
    writeFileSync(path.join(work, "taken.tar.gz"), "x");
    await expect(backupEmbedded(seeded, path.join(work, "taken.tar.gz"))).rejects.toThrow(
      /already exists/,
    );
    await expect(backupEmbedded(path.join(work, "nothing"), archive)).rejects.toThrow(
      /no embedded database/,
    );
  });
});
