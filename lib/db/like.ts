/**
 * A value for Prisma's `contains`/`startsWith`/`endsWith`, which PostgreSQL runs
 * as LIKE/ILIKE without escaping: `%` and `_` would be wildcards (a search for
 * "%" matches everyone). Backslash is PostgreSQL's default LIKE escape.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
