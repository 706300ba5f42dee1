import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** "memory://" keeps the database in memory (tests); anything else is a folder. */
export function pgliteDirFor(setting: string): string {
  return setting.startsWith("memory://") ? setting : path.resolve(setting);
}

// One PGlite per data folder per process: two processes on one folder get no
// error and one's writes are lost (see docs/decisions/0001).
const opened = globalThis as unknown as { __portalPglite?: Map<string, PGlite> };

/**
 * A new PGlite on `dir` with the extensions the schema needs (btree_gist backs
 * the appointment exclusion constraint; it must be loaded at open). The app
 * goes through openPglite; backups (backup.ts) open a folder of their own.
 */
export function newPglite(dir: string, options: { loadDataDir?: Blob } = {}) {
  return new PGlite(dir, { extensions: { btree_gist }, ...options });
}

/** Opens (once per process) the embedded database in `dir`, or in memory for "memory://". */
export function openPglite(dir: string) {
  opened.__portalPglite ??= new Map();
  let pglite = opened.__portalPglite.get(dir);
  if (!pglite) {
    pglite = newPglite(dir);
    opened.__portalPglite.set(dir, pglite);
  }
  return { pglite, adapter: new PrismaPGlite(pglite) };
}

/** Closes every embedded database this process opened (graceful shutdown). */
export async function closeEmbedded() {
  for (const pglite of opened.__portalPglite?.values() ?? []) await pglite.close();
  opened.__portalPglite?.clear();
}
