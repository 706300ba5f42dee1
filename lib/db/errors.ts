import "server-only";
// Recognizing database refusals the app turns into user-facing answers
// ("that slot was just taken", "that email is already registered").
//
// How they surface (measured with Prisma 7.10 through @prisma/adapter-pg on
// PostgreSQL 15 and pglite-prisma-adapter on PGlite; identical on both):
// - unique violation on a model query: PrismaClientKnownRequestError P2002,
//   whose `meta` differs between the adapters (so only `code` is looked at);
// - every other SQLSTATE (23P01 exclusion, 23514 check, P0001 raised by a
//   trigger): PrismaClientKnownRequestError P2039 from model queries, P2010 from
//   $executeRaw/$queryRaw, with the SQLSTATE in
//   `meta.driverAdapterError.cause.originalCode` (and `.code`).
// Errors from our raw SqlRunner (pg or PGlite) carry the SQLSTATE in `code`.
//
// No `import "server-only"`: tests and scripts use this module too.

type Loose = { code?: unknown; meta?: unknown; cause?: unknown; message?: unknown };

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The PostgreSQL SQLSTATE behind an error, wherever the client layers put it. */
export function sqlState(e: unknown): string | undefined {
  for (
    let err = e as Loose | undefined, depth = 0;
    err && typeof err === "object" && depth < 5;
    depth++
  ) {
    const adapterCause = (
      err.meta as
        { driverAdapterError?: { cause?: Loose & { originalCode?: unknown } } } | undefined
    )?.driverAdapterError?.cause;
    const candidates = [
      adapterCause?.originalCode,
      adapterCause?.code,
      (err as { originalCode?: unknown }).originalCode,
    ];
    // A bare pg/PGlite error: `code` is the SQLSTATE itself (Prisma codes are P + 4 digits,
    // and P0001 is also a real SQLSTATE, so only trust `code` when nothing else matched).
    if (!("clientVersion" in err)) candidates.push(err.code);
    const found = candidates.find((c): c is string => typeof c === "string" && SQLSTATE.test(c));
    if (found) return found;
    err = err.cause as Loose | undefined;
  }
  return undefined;
}

/** The constraint a refusal names, read from PostgreSQL's message (adapters keep no structured name for these). */
function constraintMatches(e: unknown, constraint: string | undefined) {
  if (!constraint) return true;
  const text = JSON.stringify((e as Loose)?.meta ?? {}) + String((e as Loose)?.message ?? "");
  return text.includes(`\\"${constraint}\\"`) || text.includes(`"${constraint}"`);
}

/** A unique constraint refused the write (Prisma P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return (e as Loose | undefined)?.code === "P2002";
}

/** An exclusion constraint refused the write (23P01), e.g. an overlapping appointment ("Appointment_no_overlap"). */
export function isOverlapViolation(e: unknown, constraint?: string): boolean {
  return sqlState(e) === "23P01" && constraintMatches(e, constraint);
}

/**
 * PostgreSQL aborted the transaction to break a deadlock (40P01) or a
 * serialization conflict (40001); Prisma reports both as P2034. Concurrent
 * inserts into one exclusion constraint can deadlock each other instead of
 * one of them getting 23P01 (each waits for the other's uncommitted row):
 * the victim should simply try again. Never seen on PGlite (one connection).
 */
export function isRetryableConflict(e: unknown): boolean {
  const state = sqlState(e);
  return (e as Loose)?.code === "P2034" || state === "40P01" || state === "40001";
}

/** A CHECK constraint refused the write (23514); optionally only the named one. */
export function isCheckViolation(e: unknown, constraint?: string): boolean {
  return sqlState(e) === "23514" && constraintMatches(e, constraint);
}
