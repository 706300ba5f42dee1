// Backup and restore of the embedded database (PGlite): its whole data folder
// as one gzip'd tar (PGlite's dumpDataDir), restored into a new, empty folder
// (loadDataDir) — never over an existing one. Uploaded files are in the
// database with the default FILE_STORAGE=postgres, so the archive holds them.
// PostgreSQL is backed up with pg_dump / pg_restore (README, "Backups").
//
// Both run while the portal is stopped: a running server keeps the database
// in memory, so a copy taken beside it can miss its last writes, and a second
// process on one folder loses writes (docs/decisions/0001).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newPglite } from "./pglite";

/** PGlite writes postmaster.pid while a process has the folder open (a killed one leaves it). */
export const embeddedInUse = (dir: string) => existsSync(path.join(dir, "postmaster.pid"));

/** Writes the database in `dir` to `file` (a .tar.gz); returns its size in bytes. */
export async function backupEmbedded(dir: string, file: string): Promise<number> {
  if (!existsSync(path.join(dir, "PG_VERSION")))
    throw new Error(`${dir} holds no embedded database`);
  if (existsSync(file)) throw new Error(`${file} already exists: a backup never replaces a file`);
  const pglite = newPglite(dir);
  try {
    await pglite.waitReady;
    // A checkpoint first: the archive then needs no recovery to open.
    await pglite.exec("CHECKPOINT");
    const archive = await pglite.dumpDataDir("gzip");
    const bytes = Buffer.from(await archive.arrayBuffer());
    writeFileSync(file, bytes, { mode: 0o600 });
    return bytes.length;
  } finally {
    await pglite.close();
  }
}

/** Restores `file` (from backupEmbedded) into `dir`, which must not exist or be empty. */
export async function restoreEmbedded(file: string, dir: string): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: restore into a new folder, then point PGLITE_DIR at it`);
  const pglite = newPglite(dir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await pglite.waitReady;
    await pglite.query("SELECT 1");
  } finally {
    await pglite.close();
  }
}
