import "server-only";
// The chain check behind `npm run audit:verify`: walks the sealed rows in
// chain order, a page at a time, and stops at the first broken link.
import type { Db } from "@/lib/db/client";
import { type ChainHead, type ChainReport, walkChain } from "./chain";
import { countUnsealedAuditEvents, listSealedAuditEvents } from "./data";

const PAGE = 1000;

export async function verifyAuditChain(client?: Db): Promise<ChainReport> {
  let head: ChainHead | null = null;
  let checked = 0;
  for (;;) {
    const rows = await listSealedAuditEvents(head?.seq ?? 0n, PAGE, client);
    const walked = walkChain(head, rows);
    checked += walked.intact;
    head = walked.head;
    if (walked.firstBreak || rows.length < PAGE) {
      const unsealed = await countUnsealedAuditEvents(client);
      return { checked, head, firstBreak: walked.firstBreak, unsealed };
    }
  }
}
