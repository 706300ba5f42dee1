// The audit log's hash chain (docs/decisions/0006-audit-hash-chain.md), pure:
// how a row is serialized and hashed, and how a walk over the sealed rows finds
// the first broken link. The sealer (mutations.ts) and the check (verify.ts)
// both go through here, so they can never disagree on what a row's hash is.
import { createHash } from "node:crypto";

/** The previous hash of the first row of the chain. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * Changing what is hashed (adding a column to the chained fields) needs a new
 * version, and the old rows keep being checked with the old serialization.
 */
const SERIALIZATION_VERSION = "audit-v1";

/** The columns a seal covers, besides its position: every column of AuditEvent but the seal's own. */
export const CHAINED_FIELDS = {
  id: true,
  at: true,
  actorAccountId: true,
  actorRole: true,
  actingForProfileId: true,
  subjectProfileId: true,
  resourceType: true,
  resourceId: true,
  action: true,
  outcome: true,
  ip: true,
  userAgent: true,
  requestId: true,
  detail: true,
} as const;

export type ChainedRow = {
  id: bigint;
  at: Date;
  actorAccountId: string | null;
  actorRole: string | null;
  actingForProfileId: string | null;
  subjectProfileId: string | null;
  resourceType: string;
  resourceId: string | null;
  action: string;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** A JSON value as Prisma reads it back (jsonb): key order is not preserved. */
  detail: unknown;
};

export type SealedRow = ChainedRow & {
  seq: bigint | null;
  prevHash: string | null;
  hash: string | null;
};

/** JSON with object keys sorted at every depth: jsonb gives them back in its own order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(",")}}`;
  }
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

/**
 * The row as the hash sees it: a JSON array in a fixed column order, nulls
 * written out, ids as decimal strings, the time in UTC to the millisecond (the
 * column's precision, on PGlite and PostgreSQL alike).
 */
export function serializeAuditRow(seq: bigint, row: ChainedRow): string {
  return canonicalJson([
    SERIALIZATION_VERSION,
    seq,
    row.id,
    row.at.toISOString(),
    row.actorAccountId,
    row.actorRole,
    row.actingForProfileId,
    row.subjectProfileId,
    row.resourceType,
    row.resourceId,
    row.action,
    row.outcome,
    row.ip,
    row.userAgent,
    row.requestId,
    row.detail,
  ]);
}

/** SHA-256 (hex) of the previous hash followed by the row; a hash is 64 characters, so the join is unambiguous. */
export function chainHash(prevHash: string, seq: bigint, row: ChainedRow): string {
  return createHash("sha256").update(prevHash).update(serializeAuditRow(seq, row)).digest("hex");
}

export type ChainHead = { seq: bigint; hash: string };

export type ChainBreak = {
  /**
   * rowMissing: the chain skips a position (a sealed row was deleted, or
   * unsealed); linkBroken: the row does not point at the hash of the row
   * before it; contentChanged: the row's fields (or its hash) are not what
   * was sealed.
   */
  kind: "rowMissing" | "linkBroken" | "contentChanged";
  seq: bigint;
  id: bigint;
  /** rowMissing: the position that should have come next. */
  expectedSeq?: bigint;
};

/**
 * Checks sealed rows, in seq order, that follow `previous` (null: the chain's
 * start). Returns the last intact row's position and hash, how many rows of
 * `rows` were intact, and the first break, if any.
 */
export function walkChain(
  previous: ChainHead | null,
  rows: SealedRow[],
): { head: ChainHead | null; intact: number; firstBreak: ChainBreak | null } {
  let head = previous;
  let intact = 0;
  const broken = (firstBreak: ChainBreak) => ({ head, intact, firstBreak });
  for (const row of rows) {
    const seq = row.seq ?? 0n;
    const expectedSeq = (head?.seq ?? 0n) + 1n;
    if (seq !== expectedSeq) return broken({ kind: "rowMissing", seq, id: row.id, expectedSeq });
    if (row.prevHash !== (head?.hash ?? GENESIS_HASH))
      return broken({ kind: "linkBroken", seq, id: row.id });
    if (row.hash !== chainHash(row.prevHash, seq, row))
      return broken({ kind: "contentChanged", seq, id: row.id });
    head = { seq, hash: row.hash };
    intact += 1;
  }
  return { head, intact, firstBreak: null };
}

export type ChainReport = {
  /** Sealed rows checked before the first break (all of them when intact). */
  checked: number;
  head: ChainHead | null;
  firstBreak: ChainBreak | null;
  unsealed: number;
};

/** "1 row", "2 rows". */
export function rowCount(n: number): string {
  return `${n} row${n === 1 ? "" : "s"}`;
}

/** What `npm run audit:verify` prints: plain sentences for an operator. */
export function describeChainReport(report: ChainReport): string[] {
  const lines: string[] = [];
  const broken = report.firstBreak;
  if (broken) {
    const where = `at seq ${broken.seq} (audit event id ${broken.id})`;
    lines.push(
      "The audit chain is BROKEN.",
      broken.kind === "rowMissing"
        ? `Row missing ${where}: the chain expected seq ${broken.expectedSeq} here; the row or rows between were deleted or unsealed.`
        : broken.kind === "linkBroken"
          ? `Link broken ${where}: it does not point at the hash of the row before it; a row was inserted, or the previous row's hash rewritten.`
          : `Content changed ${where}: its fields or its hash are not what was sealed; the row was edited.`,
      `${rowCount(report.checked)} before it ${report.checked === 1 ? "is" : "are"} intact.`,
    );
  } else {
    lines.push(
      report.head
        ? `The audit chain is intact: ${rowCount(report.checked)}, seq 1 to ${report.head.seq}.`
        : "The audit chain is empty: no row is sealed yet.",
    );
    if (report.head) lines.push(`Latest hash (seq ${report.head.seq}): ${report.head.hash}`);
  }
  lines.push(
    report.unsealed === 0
      ? "No row is waiting to be sealed."
      : `${rowCount(report.unsealed)} not sealed yet (written by transactions still open, or since the last seal).`,
  );
  return lines;
}
