// The audit log's hash chain (docs/decisions/0006-audit-hash-chain.md): rows
// written concurrently, some by transactions that roll back, are each sealed
// once into one consistent chain by sealers racing on their lock; and a row
// edited, deleted or re-hashed behind the application's back (trigger disabled,
// as a database superuser could) is reported at its seq.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAINED_FIELDS, chainHash } from "@/lib/audit/chain";
import { recordAudit, sealAuditChain } from "@/lib/audit/mutations";
import { verifyAuditChain } from "@/lib/audit/verify";
import { db, type Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { dbKind, resetTables } from "../harness";
import { sealAll, sealedRows, tamper } from "./chain-support";

class RolledBack extends Error {}

describe("sealing the audit chain", () => {
  // Two "instances" with their own pools on PostgreSQL; PGlite is one connection.
  let instances: Db[] = [];

  beforeAll(() => {
    instances =
      dbKind() === "postgres"
        ? [1, 2].map(
            () =>
              new PrismaClient({
                adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
              }),
          )
        : [db(), db()];
  });

  afterAll(async () => {
    if (dbKind() === "postgres") await Promise.all(instances.map((c) => c.$disconnect()));
  });

  it("seals every committed row exactly once, in one chain, while rows are being written and sealed concurrently", async () => {
    await resetTables();
    const write = async (i: number) => {
      const event = { resourceType: "test", action: `write-${i}`, detail: { i, z: "é", a: null } };
      if (i % 5 === 0) {
        // Inserted, then rolled back: leaves a gap in the ids, never a row to seal.
        await db()
          .$transaction(async (tx) => {
            await recordAudit(event, tx);
            throw new RolledBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RolledBack)) throw error;
          });
      } else if (i % 2 === 0) {
        await db().$transaction((tx) => recordAudit(event, tx));
      } else {
        await recordAudit(event);
      }
    };
    let writing = true;
    const sealer = async (client: Db) => {
      let sealed = 0;
      while (writing) sealed += await sealAuditChain(7, client);
      return sealed;
    };
    const sealers = instances.map(sealer);
    await Promise.all(Array.from({ length: 50 }, (_, i) => write(i)));
    writing = false;
    const sealedWhileWriting = (await Promise.all(sealers)).reduce((a, b) => a + b, 0);
    const sealedAfter = await sealAll();

    const rows = await sealedRows();
    expect(rows).toHaveLength(40);
    expect(sealedWhileWriting + sealedAfter).toBe(40);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => BigInt(i + 1)));
    expect(new Set(rows.map((r) => r.action)).size).toBe(40);
    expect(rows.some((r) => Number(r.action.slice(6)) % 5 === 0)).toBe(false);
    expect(await db().auditEvent.count({ where: { seq: null } })).toBe(0);
    expect(await verifyAuditChain()).toEqual({
      checked: 40,
      head: { seq: 40n, hash: rows[39]!.hash },
      firstBreak: null,
      unsealed: 0,
    });
  });

  it("gives a row whose transaction commits after later rows were sealed the next position", async () => {
    await resetTables();
    await recordAudit({ resourceType: "test", action: "first" });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedPromise = new Promise<void>((resolve) => (inserted = resolve));
    const slow =
      dbKind() === "postgres"
        ? db().$transaction(async (tx) => {
            await recordAudit({ resourceType: "test", action: "slow" }, tx);
            inserted();
            await released;
          })
        : undefined;
    if (slow) await insertedPromise;
    await recordAudit({ resourceType: "test", action: "last" });
    expect(await sealAll()).toBe(2);
    release();
    await slow;
    if (!slow) await recordAudit({ resourceType: "test", action: "slow" });
    expect(await sealAll()).toBe(1);

    const rows = await sealedRows();
    expect(rows.map((r) => [r.seq, r.action])).toEqual([
      [1n, "first"],
      [2n, "last"],
      [3n, "slow"],
    ]);
    expect((await verifyAuditChain()).firstBreak).toBeNull();
  });

  it("hashes every column of the row but the seal's own", async () => {
    await resetTables();
    await recordAudit({ resourceType: "test", action: "columns" });
    const [row] = await db().auditEvent.findMany();
    expect(Object.keys(row!).sort()).toEqual(
      [...Object.keys(CHAINED_FIELDS), "seq", "prevHash", "hash"].sort(),
    );
  });
});

describe("tampering with sealed rows", () => {
  /** Ten sealed rows; returns them in chain order. */
  async function sealedLog() {
    await resetTables();
    for (let i = 1; i <= 10; i++)
      await recordAudit({ resourceType: "test", action: `event-${i}`, detail: { i } });
    await sealAll();
    return sealedRows();
  }

  it("reports an edited field as changed content at the row's seq", async () => {
    const rows = await sealedLog();
    await tamper((tx) =>
      tx.auditEvent.update({ where: { id: rows[3]!.id }, data: { ip: "198.51.100.1" } }),
    );
    expect(await verifyAuditChain()).toMatchObject({
      checked: 3,
      firstBreak: { kind: "contentChanged", seq: 4n, id: rows[3]!.id },
    });
  });

  it("reports an edited detail as changed content", async () => {
    const rows = await sealedLog();
    await tamper((tx) =>
      tx.auditEvent.update({ where: { id: rows[0]!.id }, data: { detail: { i: 99 } } }),
    );
    expect((await verifyAuditChain()).firstBreak).toEqual({
      kind: "contentChanged",
      seq: 1n,
      id: rows[0]!.id,
    });
  });

  it("reports a deleted row as missing, at the row after it", async () => {
    const rows = await sealedLog();
    await tamper((tx) => tx.auditEvent.delete({ where: { id: rows[5]!.id } }));
    expect(await verifyAuditChain()).toMatchObject({
      checked: 5,
      firstBreak: { kind: "rowMissing", seq: 7n, id: rows[6]!.id, expectedSeq: 6n },
    });
  });

  it("reports two swapped hashes at the first of them", async () => {
    const rows = await sealedLog();
    await tamper(async (tx) => {
      await tx.auditEvent.update({ where: { id: rows[7]!.id }, data: { hash: rows[8]!.hash } });
      await tx.auditEvent.update({ where: { id: rows[8]!.id }, data: { hash: rows[7]!.hash } });
    });
    expect((await verifyAuditChain()).firstBreak).toEqual({
      kind: "contentChanged",
      seq: 8n,
      id: rows[7]!.id,
    });
  });

  it("reports a row edited and re-hashed as a broken link at the next row", async () => {
    const rows = await sealedLog();
    const forged = { ...rows[1]!, action: "nothing happened" };
    await tamper((tx) =>
      tx.auditEvent.update({
        where: { id: forged.id },
        data: { action: forged.action, hash: chainHash(forged.prevHash!, 2n, forged) },
      }),
    );
    expect(await verifyAuditChain()).toMatchObject({
      checked: 2,
      firstBreak: { kind: "linkBroken", seq: 3n, id: rows[2]!.id },
    });
  });

  it("leaves the trigger on after tampering: the app still cannot edit a row", async () => {
    const rows = await sealedLog();
    await tamper((tx) =>
      tx.auditEvent.update({ where: { id: rows[0]!.id }, data: { action: "edited" } }),
    );
    await expect(
      db().auditEvent.update({ where: { id: rows[1]!.id }, data: { action: "edited" } }),
    ).rejects.toThrow(/append-only/);
  });
});
