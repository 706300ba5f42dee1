import "server-only";
// Staff attach a profile to an account and manage that access. Each change is
// one write made conditional on the state it changes (so two staff members or
// two tabs end in one state), in a transaction with its audit event (before
// and after) and the emails to both accounts. Every use case checks the
// actor's role itself, so a refusal holds wherever it is called from.
import type { AuthorizedProfileId, Tab } from "@/lib/access/profile-access";
import { tabsOf } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { hasStaffRole } from "@/lib/auth/roles";
import { now, todayIn } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { findAttachTarget, findGrantForChange, findGrantOfPair, findPerson } from "./data";
import { enqueueAccessEmails } from "./notify";
import { consentRule, grantState, permissionColumns } from "./rules";
import type { ConsentMethodValue } from "./constants";

/** What the rules need of the clinic: its province and override (age of consent) and its date. */
export type AccessClinic = {
  id: string;
  province: string;
  ageOfConsentOverride: number | null;
  timeZone: string;
};

export type GrantScope = {
  clinic: AccessClinic;
  profileId: AuthorizedProfileId;
  grantId: string;
};

export type AttachCode =
  | "notFound"
  | "accountNotFound"
  | "staffAccount"
  | "ownAccount"
  | "alreadyAttached"
  | "consentRequired";

export type ChangeCode = "notFound" | "changed" | "alreadyConsented";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A grant as its audit rows describe it, e.g. "active:appointments,messages". */
function describe(
  grant: Parameters<typeof tabsOf>[0] & {
    revokedAt: Date | null;
    lapsedAt: Date | null;
    consentRecordedAt: Date | null;
    lapsesOn: Date | null;
  },
  today: string,
): string {
  const state = grantState({ ...grant, lapsesOn: day(grant.lapsesOn) }, today);
  return `${state}:${tabsOf(grant).join(",")}`;
}

function auditOf(actor: Actor, profileId: string, grantId: string, action: string) {
  return {
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    subjectProfileId: profileId,
    resourceType: "profileAccess",
    resourceId: grantId,
    action,
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  };
}

/**
 * Staff attach this profile to another patient's account of the clinic. From
 * the age of consent on, the person's consent (how, by whom, when) is recorded
 * with it or nothing is written; a minor's access lapses on the day they reach
 * that age. A revoked grant of the same pair is attached anew (the pair is unique).
 */
export async function attachProfile(
  clinic: AccessClinic,
  profileId: AuthorizedProfileId,
  input: { accountId: string; tabs: Tab[]; consentMethod: ConsentMethodValue | null },
  actor: Actor,
): Promise<ActionResult<{ grantId: string }, AttachCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const person = await findPerson(clinic.id, profileId);
  if (!person) return fail("notFound");
  const target = await findAttachTarget(input.accountId);
  if (target && hasStaffRole(target.role)) return fail("staffAccount");
  if (!target || target.profile?.clinicId !== clinic.id) return fail("accountNotFound");
  if (target.profileId === profileId) return fail("ownAccount");

  const at = now();
  const today = todayIn(clinic.timeZone, at);
  const rule = consentRule(person.dateOfBirth, clinic, today);
  if (rule.consentNeeded && !input.consentMethod)
    return fail("consentRequired", { consentMethod: "consentRequired" });
  const data = {
    ...permissionColumns(input.tabs),
    consentRecordedAt: rule.consentNeeded ? at : null,
    consentMethod: rule.consentNeeded ? input.consentMethod : null,
    consentRecordedById: rule.consentNeeded ? actor.accountId : null,
    lapsesOn: rule.consentNeeded ? null : new Date(`${rule.lapsesOn}T00:00:00Z`),
    lapsedAt: null,
    revokedAt: null,
    grantedById: actor.accountId,
  };
  try {
    return await db().$transaction(async (tx) => {
      const existing = await findGrantOfPair(target.id, profileId, tx);
      let grantId: string;
      if (!existing) {
        const created = await tx.profileAccess.create({
          data: { ...data, accountId: target.id, profileId, createdAt: at },
          select: { id: true },
        });
        grantId = created.id;
      } else {
        if (!existing.revokedAt) return fail("alreadyAttached");
        // Attached anew: dated now, so the page shows when this access began.
        const { count } = await tx.profileAccess.updateMany({
          where: { id: existing.id, revokedAt: { not: null } },
          data: { ...data, createdAt: at },
        });
        if (count === 0) return fail("alreadyAttached");
        grantId = existing.id;
      }
      await recordAudit(
        {
          ...auditOf(actor, profileId, grantId, "attach"),
          detail: {
            accountId: target.id,
            before: existing ? "revoked" : null,
            after: `active:${input.tabs.join(",")}`,
            consentMethod: data.consentMethod,
            lapsesOn: day(data.lapsesOn),
          },
        },
        tx,
      );
      await enqueueAccessEmails(tx, { change: "attached", grantId, tabs: input.tabs });
      return ok({ grantId });
    });
  } catch (error) {
    // Two staff attaching the same pair at once: the second meets the unique pair.
    if (isUniqueViolation(error)) return fail("alreadyAttached");
    throw error;
  }
}

/** Staff change what an access allows (a revoked one is history and stays as it was). */
export async function changePermissions(
  scope: GrantScope,
  tabs: Tab[],
  actor: Actor,
): Promise<ActionResult<undefined, ChangeCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const today = todayIn(scope.clinic.timeZone);
  return db().$transaction(async (tx) => {
    const before = await findGrantForChange(scope.grantId, scope.profileId, tx);
    if (!before || before.revokedAt) return fail("notFound");
    // Conditional on the version read: the audit's "before" is what was replaced.
    const { count } = await tx.profileAccess.updateMany({
      where: { id: before.id, revokedAt: null, updatedAt: before.updatedAt },
      data: permissionColumns(tabs),
    });
    if (count === 0) return fail("changed");
    await recordAudit(
      {
        ...auditOf(actor, scope.profileId, before.id, "changePermissions"),
        detail: {
          accountId: before.accountId,
          before: describe(before, today),
          after: describe({ ...before, ...permissionColumns(tabs) }, today),
        },
      },
      tx,
    );
    await enqueueAccessEmails(tx, { change: "permissions", grantId: before.id, tabs });
    return ok();
  });
}

/**
 * The person's consent is recorded: the access no longer lapses, and a lapsed
 * one is restored (lapsesOn stays, as the history of when it lapsed).
 */
export async function recordConsent(
  scope: GrantScope,
  method: ConsentMethodValue,
  actor: Actor,
): Promise<ActionResult<undefined, ChangeCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const at = now();
  const today = todayIn(scope.clinic.timeZone, at);
  return db().$transaction(async (tx) => {
    const before = await findGrantForChange(scope.grantId, scope.profileId, tx);
    if (!before || before.revokedAt) return fail("notFound");
    if (before.consentRecordedAt) return fail("alreadyConsented");
    const consent = {
      consentRecordedAt: at,
      consentMethod: method,
      consentRecordedById: actor.accountId,
      lapsedAt: null,
    };
    const { count } = await tx.profileAccess.updateMany({
      where: { id: before.id, revokedAt: null, consentRecordedAt: null },
      data: consent,
    });
    if (count === 0) return fail("changed");
    await recordAudit(
      {
        ...auditOf(actor, scope.profileId, before.id, "recordConsent"),
        detail: {
          accountId: before.accountId,
          before: describe(before, today),
          after: describe({ ...before, ...consent }, today),
          consentMethod: method,
        },
      },
      tx,
    );
    await enqueueAccessEmails(tx, { change: "consent", grantId: before.id, tabs: tabsOf(before) });
    return ok();
  });
}

/** Staff end an access: it takes effect at the holder's next request (AC-4). */
export async function revokeAccess(
  scope: GrantScope,
  actor: Actor,
): Promise<ActionResult<undefined, ChangeCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const at = now();
  const today = todayIn(scope.clinic.timeZone, at);
  return db().$transaction(async (tx) => {
    const before = await findGrantForChange(scope.grantId, scope.profileId, tx);
    if (!before || before.revokedAt) return fail("notFound");
    const { count } = await tx.profileAccess.updateMany({
      where: { id: before.id, revokedAt: null },
      data: { revokedAt: at },
    });
    if (count === 0) return fail("notFound");
    await recordAudit(
      {
        ...auditOf(actor, scope.profileId, before.id, "revoke"),
        detail: {
          accountId: before.accountId,
          before: describe(before, today),
          after: describe({ ...before, revokedAt: at }, today),
        },
      },
      tx,
    );
    await enqueueAccessEmails(tx, { change: "revoked", grantId: before.id, tabs: [] });
    return ok();
  });
}
