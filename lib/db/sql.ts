// Hand-written statements on db()'s own database and connections, past
// Prisma's query engine. Only for the login's two statements: on that hot path
// Prisma's per-query work (the client engine building and interpreting a plan,
// then mapping the rows) was a third of the login's main-thread time: going
// around it took `npm run bench:login`'s main-thread CPU per login from 1.6 to
// 1.1 ms, and PostgreSQL's from 0.8 to 0.4 ms. On PostgreSQL the
// statements are named, so each connection parses and plans them once
// (behind PgBouncer's transaction pooling: its max_prepared_statements).
// Rows come back as the driver gives them: select timestamps as epoch
// milliseconds (they are stored without zone, in UTC) and enums as text.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/** A statement with a name unique to its text (PostgreSQL keeps it prepared per connection). */
export type Statement = { name: string; text: string };

export type Sql = { query<T>(statement: Statement, values: unknown[]): Promise<T[]> };

export function poolSql(pool: Pool): Sql {
  return { query: async <T>({ name, text }: Statement, values: unknown[]) => (await pool.query({ name, text, values })).rows as T[] };
}

// PGlite has one connection: its query() waits for any open transaction (the
// Prisma adapter holds PGlite's transaction lock for one), so a statement here
// never runs inside another request's transaction.
export function pgliteSql(pglite: PGlite): Sql {
  return { query: async <T>({ text }: Statement, values: unknown[]) => (await pglite.query<T>(text, values)).rows };
}

/** A timestamp selected as epoch milliseconds (see above) back as a Date. */
export const dateFromEpochMs = (ms: number | null | undefined): Date | null => (ms === null || ms === undefined ? null : new Date(ms));

/** A Date as a statement parameter for a `$n::timestamp` (UTC, zone-less) column: PostgreSQL ignores the trailing Z there. */
export const utcTimestamp = (at: Date) => at.toISOString();
