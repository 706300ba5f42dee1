import "server-only";
// The one Prisma client of the process, over PostgreSQL (DATABASE_URL) or the
// embedded PGlite database. Both run the same schema and migrations.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { openPglite, pgliteDirFor } from "./pglite";

type Db = PrismaClient;

// Kept on globalThis: dev hot reload re-evaluates modules, and a second PGlite
// on the same folder would silently lose writes.
const store = globalThis as unknown as { __portalDb?: Db };

function createClient(): Db {
  const { DATABASE_URL, PGLITE_DIR, LOG_LEVEL } = env();
  const log = LOG_LEVEL === "debug" ? (["query", "warn", "error"] as const) : (["warn", "error"] as const);
  if (DATABASE_URL) {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL }), log: [...log] });
  }
  return new PrismaClient({ adapter: openPglite(pgliteDirFor(PGLITE_DIR)).adapter, log: [...log] });
}

/** The database client. Created on first use, never at import (builds must not open the database). */
export function db(): Db {
  store.__portalDb ??= createClient();
  return store.__portalDb;
}

export type { Db };
export type { Prisma } from "./generated/client";

/** The client or an interactive transaction's client: code that must run inside a caller's transaction takes this. */
export type DbClient = Db | import("./generated/client").Prisma.TransactionClient;
