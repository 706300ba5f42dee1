// `npm run db:restore -- <file.tar.gz> [--into <folder>]`: a db:backup archive
// into a new folder (by default .data/restored-<UTC stamp>), never over an
// existing database; then start the portal with PGLITE_DIR set to it.
// PostgreSQL: pg_restore (README, "Backups").
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreEmbedded } from "../../lib/db/backup";

const { values, positionals } = parseArgs({
  options: { into: { type: "string" } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) {
  console.error("usage: npm run db:restore -- <backup.tar.gz> [--into <new folder>]");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
const dir = path.resolve(values.into ?? path.join(".data", `restored-${stamp}`));
try {
  await restoreEmbedded(path.resolve(file), dir);
  console.log(`db:restore: ${file} → ${dir}\nstart the portal with PGLITE_DIR=${dir}`);
} catch (error) {
  console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
