// Pieces used both by the globalSetup (Vitest's main process) and by the test
// files' setup: no app imports here.

export type DbKind = "pglite" | "postgres";

/** The database the integration tests run against: TEST_DB=pglite (default) or postgres. */
export function dbKind(): DbKind {
  const kind = process.env.TEST_DB ?? "pglite";
  if (kind !== "pglite" && kind !== "postgres")
    throw new Error(`TEST_DB must be "pglite" or "postgres", not "${kind}"`);
  return kind;
}

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
