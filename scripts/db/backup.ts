// `npm run db:backup -- [--out <file.tar.gz>] [--force]`: the embedded database
// (PGLITE_DIR) as one archive, by default backups/portal-<UTC stamp>.tar.gz.
// Stop the portal first; --force only when postmaster.pid was left by a server
// that was killed. PostgreSQL: pg_dump (README, "Backups").
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupEmbedded, embeddedInUse } from "../../lib/db/backup";
import { pgliteDirFor } from "../../lib/db/pglite";

const { values } = parseArgs({
  options: { out: { type: "string" }, force: { type: "boolean", default: false } },
});

if (process.env.DATABASE_URL) {
  console.error(
    "db:backup backs up the embedded database; on PostgreSQL use pg_dump (README, Backups).",
  );
  process.exit(1);
}
const dir = pgliteDirFor(process.env.PGLITE_DIR ?? ".data/pglite");
if (dir.startsWith("memory://")) {
  console.error("db:backup: PGLITE_DIR is in memory; there is nothing on disk to back up.");
  process.exit(1);
}
if (embeddedInUse(dir) && !values.force) {
  console.error(
    `db:backup: ${dir}/postmaster.pid exists: stop the portal first (a running server holds the newest writes in memory). If no server is running (it was killed), add --force.`,
  );
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
const file = path.resolve(values.out ?? path.join("backups", `portal-${stamp}.tar.gz`));
mkdirSync(path.dirname(file), { recursive: true });
try {
  const bytes = await backupEmbedded(dir, file);
  console.log(`db:backup: ${dir} → ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
} catch (error) {
  console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
