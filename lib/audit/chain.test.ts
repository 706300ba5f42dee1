import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  chainHash,
  type ChainedRow,
  describeChainReport,
  GENESIS_HASH,
  type SealedRow,
  serializeAuditRow,
  walkChain,
} from "./chain";

const row = (overrides: Partial<ChainedRow> = {}): ChainedRow => ({
  id: 7n,
  at: new Date("2026-03-08T07:30:00.123Z"),
  actorAccountId: "acc_1",
  actorRole: "staff",
  actingForProfileId: null,
  subjectProfileId: "pro_1",
  resourceType: "appointment",
  resourceId: "app_1",
  action: "cancel",
  outcome: "success",
  ip: "203.0.113.9",
  userAgent: null,
  requestId: "req-1",
  detail: { reason: "sick", late: true, count: 2 },
  ...overrides,
});

/** Seals rows 1..n the way the sealer does. */
function sealed(rows: ChainedRow[]): SealedRow[] {
  let prevHash = GENESIS_HASH;
  return rows.map((r, i) => {
    const seq = BigInt(i + 1);
    const hash = chainHash(prevHash, seq, r);
    const out = { ...r, seq, prevHash, hash };
    prevHash = hash;
    return out;
  });
}

describe("canonicalJson", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    );
  });

  it("writes null and undefined as null, bigints as decimal strings, and escapes strings", () => {
    expect(canonicalJson([null, undefined, 12n, 'say "hi"\n', "é"])).toBe(
      '[null,null,"12","say \\"hi\\"\\n","é"]',
    );
  });
});

describe("serializeAuditRow", () => {
  it("is the same whatever the order of the detail's keys (jsonb does not keep it)", () => {
    const a = row({ detail: { reason: "sick", late: true } });
    const b = row({ detail: { late: true, reason: "sick" } });
    expect(serializeAuditRow(1n, a)).toBe(serializeAuditRow(1n, b));
  });

  it("writes the fields in a fixed order, the time as UTC ISO to the millisecond and nulls explicitly", () => {
    expect(serializeAuditRow(3n, row({ detail: null }))).toBe(
      '["audit-v1","3","7","2026-03-08T07:30:00.123Z","acc_1","staff",null,"pro_1","appointment","app_1","cancel","success","203.0.113.9",null,"req-1",null]',
    );
  });

  it("tells a null apart from the string 'null' and from an empty string", () => {
    const values = [null, "null", ""].map((ip) => serializeAuditRow(1n, row({ ip })));
    expect(new Set(values).size).toBe(3);
  });
});

describe("chainHash", () => {
  it("is SHA-256 of the previous hash followed by the serialized row", () => {
    const expected = createHash("sha256")
      .update(GENESIS_HASH + serializeAuditRow(1n, row()))
      .digest("hex");
    expect(chainHash(GENESIS_HASH, 1n, row())).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any field, the position or the previous hash", () => {
    const base = chainHash(GENESIS_HASH, 1n, row());
    expect(chainHash(GENESIS_HASH, 1n, row({ action: "view" }))).not.toBe(base);
    expect(chainHash(GENESIS_HASH, 1n, row({ at: new Date("2026-03-08T07:30:00.124Z") }))).not.toBe(
      base,
    );
    expect(chainHash(GENESIS_HASH, 1n, row({ detail: { reason: "sick" } }))).not.toBe(base);
    expect(chainHash(GENESIS_HASH, 2n, row())).not.toBe(base);
    expect(chainHash("f".repeat(64), 1n, row())).not.toBe(base);
  });
});

describe("walkChain", () => {
  const rows = sealed([row({ id: 1n }), row({ id: 2n }), row({ id: 3n }), row({ id: 4n })]);

  it("passes an intact chain and returns its head", () => {
    expect(walkChain(null, rows)).toEqual({
      head: { seq: 4n, hash: rows[3]!.hash },
      intact: 4,
      firstBreak: null,
    });
  });

  it("continues from the previous page's head", () => {
    const first = walkChain(null, rows.slice(0, 2));
    expect(walkChain(first.head, rows.slice(2))).toMatchObject({ intact: 2, firstBreak: null });
  });

  it("reports an edited row as content changed, at its seq", () => {
    const edited = rows.map((r) => (r.seq === 3n ? { ...r, action: "nothing" } : r));
    expect(walkChain(null, edited)).toMatchObject({
      intact: 2,
      firstBreak: { kind: "contentChanged", seq: 3n, id: 3n },
    });
  });

  it("reports a deleted row as missing, at the row after the gap", () => {
    expect(
      walkChain(
        null,
        rows.filter((r) => r.seq !== 2n),
      ),
    ).toMatchObject({
      intact: 1,
      firstBreak: { kind: "rowMissing", seq: 3n, id: 3n, expectedSeq: 2n },
    });
  });

  it("reports a row re-hashed after an edit as a broken link at the next row", () => {
    const forged = rows.map((r) => {
      if (r.seq !== 2n) return r;
      const changed = { ...r, action: "nothing" };
      return { ...changed, hash: chainHash(r.prevHash!, 2n, changed) };
    });
    expect(walkChain(null, forged).firstBreak).toEqual({ kind: "linkBroken", seq: 3n, id: 3n });
  });

  it("reports a replaced hash at its own row", () => {
    const swapped = rows.map((r) => (r.seq === 2n ? { ...r, hash: rows[0]!.hash } : r));
    expect(walkChain(null, swapped).firstBreak).toEqual({
      kind: "contentChanged",
      seq: 2n,
      id: 2n,
    });
  });

  it("reports a chain that does not start at the genesis hash", () => {
    const [first, ...rest] = rows;
    expect(walkChain(null, [{ ...first!, prevHash: "a".repeat(64) }, ...rest]).firstBreak).toEqual({
      kind: "linkBroken",
      seq: 1n,
      id: 1n,
    });
  });
});

describe("describeChainReport", () => {
  it("counts one row in the singular", () => {
    expect(
      describeChainReport({
        checked: 1,
        head: { seq: 1n, hash: "c".repeat(64) },
        firstBreak: { kind: "contentChanged", seq: 2n, id: 5n },
        unsealed: 1,
      }),
    ).toEqual([
      "The audit chain is BROKEN.",
      "Content changed at seq 2 (audit event id 5): its fields or its hash are not what was sealed; the row was edited.",
      "1 row before it is intact.",
      "1 row not sealed yet (written by transactions still open, or since the last seal).",
    ]);
  });

  it("names the first broken link, its seq and row id, and the unsealed rows", () => {
    expect(
      describeChainReport({
        checked: 41,
        head: { seq: 41n, hash: "a".repeat(64) },
        firstBreak: { kind: "rowMissing", seq: 43n, id: 90n, expectedSeq: 42n },
        unsealed: 3,
      }),
    ).toEqual([
      "The audit chain is BROKEN.",
      "Row missing at seq 43 (audit event id 90): the chain expected seq 42 here; the row or rows between were deleted or unsealed.",
      "41 rows before it are intact.",
      "3 rows not sealed yet (written by transactions still open, or since the last seal).",
    ]);
  });

  it("prints the latest hash of an intact chain, to keep elsewhere", () => {
    expect(
      describeChainReport({
        checked: 2,
        head: { seq: 2n, hash: "b".repeat(64) },
        firstBreak: null,
        unsealed: 0,
      }),
    ).toEqual([
      "The audit chain is intact: 2 rows, seq 1 to 2.",
      `Latest hash (seq 2): ${"b".repeat(64)}`,
      "No row is waiting to be sealed.",
    ]);
  });
});
