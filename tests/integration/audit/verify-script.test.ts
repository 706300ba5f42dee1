// `npm run audit:verify` as an operator runs it: a separate process on the
// database, printing the first broken link and exiting 1. On PostgreSQL it
// checks this file's database; on PGlite, a folder of its own (the script may
// not share a folder with a running process, and this file's database is in
// memory), written here and closed before the script opens it.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/mutations";
import { db, type Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteRunner } from "@/lib/db/sql-runner";
import { dbKind, resetTables } from "../harness";
import { sealAll, sealedRows, tamper } from "./chain-support";

type Run = { code: number | null; stdout: string; stderr: string };

function auditVerify(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "audit:verify", "--", ...args],
      { env, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    );
  });
}

/** Five sealed rows, then row 3 edited behind the app's back; returns that row's id. */
async function tamperedLog(client: Db): Promise<bigint> {
  for (let i = 1; i <= 5; i++) await recordAudit({ resourceType: "test", action: `e${i}` }, client);
  await sealAll(client);
  const edited = (await sealedRows(client))[2]!;
  await tamper(
    (tx) => tx.auditEvent.update({ where: { id: edited.id }, data: { action: "nothing" } }),
    client,
  );
  // Written after the seal: the script seals it before it checks.
  await recordAudit({ resourceType: "test", action: "late" }, client);
  return edited.id;
}

/** The environment and arguments that point the script at a tampered database. */
async function tamperedDatabase(): Promise<{
  id: bigint;
  env: NodeJS.ProcessEnv;
  args: string[];
  cleanup: () => Promise<void>;
}> {
  const base = { ...process.env, LOG_LEVEL: "error" as const };
  if (dbKind() === "postgres") {
    await resetTables();
    const id = await tamperedLog(db());
    return { id, env: { ...base, PGLITE_DIR: undefined }, args: [], cleanup: async () => {} };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "portal-audit-verify-"));
  const pglite = new PGlite(dir, { extensions: { btree_gist } });
  await applyMigrations(pgliteRunner(pglite), path.join(process.cwd(), "prisma/migrations"));
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const id = await tamperedLog(client);
  await client.$disconnect();
  await pglite.close();
  return {
    id,
    env: { ...base, DATABASE_URL: undefined, PGLITE_DIR: dir },
    args: ["--embedded"],
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

describe("npm run audit:verify", () => {
  it("prints the first broken link and the rows it sealed, and exits 1", async () => {
    const { id, env, args, cleanup } = await tamperedDatabase();
    try {
      const run = await auditVerify(env, args);
      expect(run.stderr).toBe("");
      expect(run.stdout.trim().split("\n")).toEqual([
        "Sealed 1 row that was waiting.",
        "The audit chain is BROKEN.",
        `Content changed at seq 3 (audit event id ${id}): its fields or its hash are not what was sealed; the row was edited.`,
        "2 rows before it are intact.",
        "No row is waiting to be sealed.",
      ]);
      expect(run.code).toBe(1);
    } finally {
      await cleanup();
    }
  }, 90_000);
});
