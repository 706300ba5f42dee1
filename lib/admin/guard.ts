import "server-only";
// The staff use cases take the acting account as an argument and check its
// role themselves, so a refusal holds wherever they are called from (an
// action, a loader, a test), not only behind requireStaff (AC-6).
import { recordAudit } from "@/lib/audit/mutations";
import { hasStaffRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/enums";

export type StaffActor = { id: string; role: Role };
export type RequestInfo = {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

/** Records the refusal of a staff use case to a non-staff actor; returns false so callers can `if (!(await allow(…))) return fail("notFound")`. */
export async function allow(
  actor: StaffActor,
  action: string,
  req: RequestInfo,
  options?: { admin?: boolean },
): Promise<boolean> {
  if (hasStaffRole(actor.role, options)) return true;
  await recordAudit({
    actorAccountId: actor.id,
    actorRole: actor.role,
    resourceType: "admin",
    action,
    outcome: "denied",
    ip: req.ip,
    userAgent: req.userAgent,
    requestId: req.requestId,
  });
  return false;
}

export function auditBase(actor: StaffActor, req: RequestInfo) {
  return {
    actorAccountId: actor.id,
    actorRole: actor.role,
    ip: req.ip,
    userAgent: req.userAgent,
    requestId: req.requestId,
  };
}
