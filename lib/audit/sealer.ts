import "server-only";
// The background loop that seals the audit log (docs/decisions/0006). Every
// instance runs it; the sealer's advisory lock makes them take turns.
import { log } from "@/lib/log";
import { type PeriodicJob, startPeriodicJob } from "@/lib/ops/periodic";
import { sealAuditChain } from "./mutations";

export type AuditSealer = PeriodicJob;

/** Seals every `intervalMs`, at once again while batches come back full. `stop()` waits for the batch in flight. */
export function startAuditSealer({
  intervalMs,
  limit = 100,
}: {
  intervalMs: number;
  limit?: number;
}): AuditSealer {
  return startPeriodicJob(
    "audit-sealer",
    async () => {
      const sealed = await sealAuditChain(limit);
      if (sealed > 0) log.debug("audit rows sealed", { sealed });
      return sealed >= limit ? 0 : intervalMs;
    },
    intervalMs,
  );
}
