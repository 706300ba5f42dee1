import "server-only";
// Staff accounts, managed by admins. An admin never sees nor sets a password
// (AU-21): a new member gets a welcome email with a link to choose one (valid
// 72 h), and one who forgot theirs the usual reset link.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { sendPasswordResetEmail, sendStaffWelcomeEmail } from "@/lib/accounts/emails";
import { recordAudit } from "@/lib/audit/mutations";
import { endAllSessions } from "@/lib/auth/data";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";

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
  const rows = await db().account.findMany({
    where: { role: { in: ["staff", "admin"] } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      lastLoginAt: true,
      passwordHash: true,
    },
  });
  return rows.map(({ passwordHash, ...row }) => ({
    ...row,
    role: row.role as "staff" | "admin",
    hasPassword: passwordHash !== null,
  }));
}

export async function addStaffMember(
  actor: StaffActor,
  input: { email: string; role: "staff" | "admin"; language: "en" | "fr" },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "staff.add", req, { admin: true }))) return fail("notFound");
  try {
    const id = await db().$transaction(async (tx) => {
      // Active without a password: nobody can log in until the member sets one from the emailed link.
      const account = await tx.account.create({
        data: {
          email: input.email,
          role: input.role,
          language: input.language,
          status: "active",
          statusChangedAt: now(),
        },
        select: { id: true, email: true, language: true },
      });
      await sendStaffWelcomeEmail(tx, {
        id: account.id,
        email: account.email,
        language: account.language,
        role: input.role,
      });
      return account.id;
    });
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

async function findStaff(accountId: string) {
  return db().account.findFirst({
    where: { id: accountId, role: { in: ["staff", "admin"] } },
    select: { id: true, email: true, role: true, status: true, language: true },
  });
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
  const target = await findStaff(accountId);
  if (!target) return fail("notFound");
  if (!enabled && target.id === actor.id) return fail("self");
  const changed = await db().$transaction(async (tx) => {
    if (!enabled && target.role === "admin") {
      // Serialize concurrent disables of admins so two cannot each leave "another" active admin.
      await tx.$queryRaw`SELECT id FROM "Account" WHERE role = 'admin' ORDER BY id FOR UPDATE`;
      const others = await tx.account.count({
        where: { role: "admin", status: "active", id: { not: target.id } },
      });
      if (others === 0) return "lastAdmin" as const;
    }
    const result = await tx.account.updateMany({
      where: { id: target.id, status: enabled ? "disabled" : { not: "disabled" } },
      data: enabled
        ? { status: "active", statusChangedAt: now() }
        : { status: "disabled", statusChangedAt: now() },
    });
    return result.count === 1 ? ("changed" as const) : ("unchanged" as const);
  });
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
  const target = await findStaff(accountId);
  if (!target) return fail("notFound");
  if (target.status === "disabled") return fail("disabled");
  await db().$transaction((tx) =>
    sendPasswordResetEmail(tx, {
      id: target.id,
      email: target.email,
      language: target.language,
      name: target.email,
    }),
  );
  await recordAudit({
    ...auditBase(actor, req),
    resourceType: "account",
    resourceId: target.id,
    action: "staff.passwordReset",
  });
  return ok();
}
