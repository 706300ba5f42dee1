import "server-only";
// Staff accounts, managed by admins. An admin never sees nor sets a password
// (AU-21): a new member gets a welcome email with a link to choose one (valid
// 72 h), and one who forgot theirs the usual reset link.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { queuePasswordResetEmail } from "@/lib/accounts/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { endAllSessions } from "@/lib/auth/data";
import { isUniqueViolation } from "@/lib/db/errors";
import { findStaffAccount, listStaffAccounts } from "./data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import { createStaffAccount, setStaffAccountEnabled } from "./mutations";

export type StaffRow = {
  id: string;
  email: string;
  role: "staff" | "admin";
  status: "pending" | "active" | "locked" | "disabled";
  lastLoginAt: Date | null;
  hasPassword: boolean;
};

export async function listStaff(
  actor: StaffActor,
  req: RequestInfo = {},
): Promise<StaffRow[] | null> {
  if (!(await allow(actor, "staff.list", req, { admin: true }))) return null;
  const rows = await listStaffAccounts();
  return rows.map((row) => ({ ...row, role: row.role as "staff" | "admin" }));
}

export async function addStaffMember(
  actor: StaffActor,
  input: { email: string; role: "staff" | "admin"; language: "en" | "fr" },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "staff.add", req, { admin: true }))) return fail("notFound");
  try {
    const id = await createStaffAccount(input);
    await recordAudit({
      ...auditBase(actor, req),
      resourceType: "account",
      resourceId: id,
      action: "staff.add",
      detail: { role: input.role },
    });
    return ok();
  } catch (error) {
    if (isUniqueViolation(error)) return fail("emailTaken", { email: "emailTaken" });
    throw error;
  }
}

/** Disable (ends every live session at its next request, SE-3) or re-enable. An admin cannot disable themself nor the last active admin. */
export async function setStaffEnabled(
  actor: StaffActor,
  accountId: string,
  enabled: boolean,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, enabled ? "staff.enable" : "staff.disable", req, { admin: true })))
    return fail("notFound");
  const target = await findStaffAccount(accountId);
  if (!target) return fail("notFound");
  if (!enabled && target.id === actor.id) return fail("self");
  const changed = await setStaffAccountEnabled(target, enabled);
  if (changed === "lastAdmin") return fail("lastAdmin");
  if (changed === "changed") {
    if (!enabled) await endAllSessions(target.id);
    await recordAudit({
      ...auditBase(actor, req),
      resourceType: "account",
      resourceId: target.id,
      action: enabled ? "staff.enable" : "staff.disable",
    });
  }
  return ok();
}

export async function resetStaffPassword(
  actor: StaffActor,
  accountId: string,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "staff.passwordReset", req, { admin: true }))) return fail("notFound");
  const target = await findStaffAccount(accountId);
  if (!target) return fail("notFound");
  if (target.status === "disabled") return fail("disabled");
  await queuePasswordResetEmail({
    id: target.id,
    email: target.email,
    language: target.language,
    name: target.email,
  });
  await recordAudit({
    ...auditBase(actor, req),
    resourceType: "account",
    resourceId: target.id,
    action: "staff.passwordReset",
  });
  return ok();
}
