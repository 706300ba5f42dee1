// Helpers of the audit chain tests.
import { CHAINED_FIELDS } from "@/lib/audit/chain";
import { sealAuditChain } from "@/lib/audit/mutations";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** Seals until nothing waits; returns how many rows were sealed. */
export async function sealAll(client: Db = db()): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealAuditChain(100, client);
    total += sealed;
    if (sealed === 0) return total;
  }
}

/** The sealed rows, in chain order. */
export function sealedRows(client: Db = db()) {
  return client.auditEvent.findMany({
    where: { seq: { not: null } },
    orderBy: { seq: "asc" },
    select: { ...CHAINED_FIELDS, seq: true, prevHash: true, hash: true },
  });
}

/**
 * Runs `edit` with the append-only trigger off, as someone with the database
 * superuser's rights could. The trigger is switched off and on inside one
 * transaction, so a failing edit never leaves it off.
 */
export function tamper(
  edit: (tx: Prisma.TransactionClient) => Promise<unknown>,
  client: Db = db(),
): Promise<void> {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only_row"`;
    await edit(tx);
    await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only_row"`;
  });
}
