// `npm run audit:verify`: checks the audit log's hash chain
// (docs/decisions/0006-audit-hash-chain.md). Seals what is waiting first, then
// walks the chain and prints the first broken link. Exit code: 0 intact,
// 1 broken, 2 could not check.
//   DATABASE_URL=postgresql://… npm run audit:verify
// The embedded database may not be opened by a second process while the server
// runs (its writes would be lost, docs/decisions/0001): stop the server, then
//   npm run audit:verify -- --embedded
import { existsSync } from "node:fs";
import { sealAuditChain } from "@/lib/audit/mutations";
import { describeChainReport, rowCount } from "@/lib/audit/chain";
import { verifyAuditChain } from "@/lib/audit/verify";
import { closeDb } from "@/lib/db/client";
import { closeEmbedded, pgliteDirFor } from "@/lib/db/pglite";

/** Rows per sealing transaction; the loop stops at the first batch that is not full. */
const SEAL_BATCH = 100;

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL && !process.argv.includes("--embedded")) {
    console.error(
      "DATABASE_URL is not set. To check the embedded database, stop the server and run: npm run audit:verify -- --embedded",
    );
    return 2;
  }
  const folder = pgliteDirFor(process.env.PGLITE_DIR ?? ".data/pglite");
  if (!process.env.DATABASE_URL && !existsSync(folder)) {
    // Opening it would create an empty database there.
    console.error(`There is no embedded database in ${folder} (PGLITE_DIR).`);
    return 2;
  }
  let sealed = 0;
  let batch: number;
  do {
    batch = await sealAuditChain(SEAL_BATCH);
    sealed += batch;
  } while (batch === SEAL_BATCH);
  if (sealed > 0)
    console.log(`Sealed ${rowCount(sealed)} that ${sealed === 1 ? "was" : "were"} waiting.`);
  const report = await verifyAuditChain();
  for (const line of describeChainReport(report)) console.log(line);
  return report.firstBreak ? 1 : 0;
}

let code = 2;
try {
  code = await main();
} catch (error) {
  console.error(
    `Could not check the audit chain: ${error instanceof Error ? error.message : error}`,
  );
} finally {
  await closeDb().catch(() => {});
  await closeEmbedded().catch(() => {});
}
process.exit(code);
