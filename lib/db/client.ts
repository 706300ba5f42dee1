import "server-only";
// The one Prisma client of the process, over PostgreSQL (DATABASE_URL) or the
// embedded PGlite database. Both run the same schema and migrations.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { PrismaClient } from "./generated/client";
import { openPglite, pgliteDirFor } from "./pglite";

type Db = PrismaClient;
type Handles = { db: Db; pool?: pg.Pool };

// Kept on globalThis: dev hot reload re-evaluates modules, and a second PGlite
// on the same folder would silently lose writes.
const store = globalThis as unknown as { __portalDb?: Handles };

function createClient(): Handles {
  const { DATABASE_URL, PGLITE_DIR, LOG_LEVEL } = env();
  const prismaLog =
    LOG_LEVEL === "debug" ? (["query", "warn", "error"] as const) : (["warn", "error"] as const);
  if (DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: DATABASE_URL });
    // An idle connection the server drops (a restart, a failover) emits this;
    // unheard, it would end the process. The pool replaces the connection.
    pool.on("error", (error) =>
      log.warn("idle database connection lost", { error: error.message }),
    );
    return {
      db: new PrismaClient({
        adapter: new PrismaPg(pool),
        log: [...prismaLog],
      }),
      pool,
    };
  }
  const { adapter } = openPglite(pgliteDirFor(PGLITE_DIR));
  return { db: new PrismaClient({ adapter, log: [...prismaLog] }) };
}

function handles(): Handles {
  store.__portalDb ??= createClient();
  return store.__portalDb;
}

/** The database client. Created on first use, never at import (builds must not open the database). */
export function db(): Db {
  return handles().db;
}

/** Closes the client and its connections (the pool is ours, so Prisma's $disconnect leaves it open). */
export async function closeDb(): Promise<void> {
  const open = store.__portalDb;
  if (!open) return;
  store.__portalDb = undefined;
  await open.db.$disconnect();
  await open.pool?.end();
}

export type { Db };
export type { Prisma } from "./generated/client";

/** The client or an interactive transaction's client: code that must run inside a caller's transaction takes this. */
export type DbClient = Db | import("./generated/client").Prisma.TransactionClient;
