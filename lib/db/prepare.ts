import "server-only";
// Run once per process before serving: the embedded database migrates itself,
// in-process, on the very instance the app uses (a second process opening the
// PGlite folder would lose writes). PostgreSQL is migrated by `npm run db:migrate`
// as a deploy step, never by each of several app instances racing at boot.
import path from "node:path";
import { env } from "@/lib/env";
import { applyMigrations } from "./migrate";
import { openPglite, pgliteDirFor } from "./pglite";
import { pgliteRunner } from "./sql-runner";

export async function prepareDatabase(): Promise<{ applied: string[] }> {
  const { embedded, PGLITE_DIR } = env();
  if (!embedded) return { applied: [] };
  const { pglite } = openPglite(pgliteDirFor(PGLITE_DIR));
  await pglite.waitReady;
  const applied = await applyMigrations(
    pgliteRunner(pglite),
    path.join(process.cwd(), "prisma/migrations"),
  );
  return { applied };
}
