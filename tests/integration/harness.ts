// Helpers for integration tests. Each test file already has its own fresh,
// migrated database (setup.ts); resetTables() empties it between tests of one
// file when they must not see each other's rows.
import { randomBytes } from "node:crypto";
import { describe } from "vitest";
import { db } from "@/lib/db/client";
import { dbKind, quoteIdent } from "./harness-shared";

export { dbKind, type DbKind } from "./harness-shared";

/**
 * For tests that only mean something on real PostgreSQL: PGlite is one
 * connection behind a mutex, so races, lock waits and serialization failures
 * (P2034) never happen there.
 */
export const describeOnPostgres = describe.skipIf(dbKind() !== "postgres");

let tables: string[] | undefined;

/** Empties every table except the migration history. */
export async function resetTables(): Promise<void> {
  tables ??= (
    await db().$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`
  ).map((row) => row.tablename);
  if (tables.length === 0) return;
  const list = tables.map(quoteIdent).join(", ");
  await db().$transaction(async (tx) => {
    const [{ superuser } = { superuser: false }] = await tx.$queryRaw<{ superuser: boolean }[]>`
      SELECT current_setting('is_superuser') = 'on' AS superuser`;
    // Triggers that protect rows (the audit log's) must not stop a test reset.
    if (superuser) await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    // eslint-disable-next-line portal/no-unsafe-raw -- table names come from pg_tables and are quoted by quoteIdent; no input reaches this string.
    await tx.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
  });
}

/** A unique, valid email address for factories (tests share a database within one file). */
export function uniqueEmail(name = "user"): string {
  return `${name}-${randomBytes(5).toString("hex")}@example.test`;
}
