import "server-only";
// Patients as staff see them: a searchable list (list fields only), one
// profile with its account status and invitations, and the actions on it.
// Each action writes an audit event naming the staff actor and the profile.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { queuePasswordResetEmail } from "@/lib/accounts/mutations";
import { authorizeClinicProfile, type AuthorizedProfileId } from "@/lib/access/profile-access";
import { recordAudit } from "@/lib/audit/mutations";
import { endAllSessions } from "@/lib/auth/data";
import { findClinic } from "@/lib/clinic/data";
import { DEFAULT_TIME_ZONE } from "@/lib/clinic/default-time-zone";
import { todayIn } from "@/lib/clock";
import { listUndeliveredEmails } from "@/lib/email/data";
import { isEmailTemplate } from "@/emails/registry";
import { invitationState } from "@/lib/invitations/rules";
import { isBirthDate } from "@/lib/registration/formats";
import {
  countPatients,
  findInvitationSubject,
  findPatientAccount,
  findPatientForStaff,
  findProfileToInvite,
  listPatientRows,
} from "./data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import {
  createProfile,
  inviteProfile,
  revokePendingInvitation,
  setPatientAccountLocked,
} from "./mutations";
import type { CreateProfileInput } from "./schema";

export const PAGE_SIZE = 25;

export type PatientAccountStatus = "none" | "invited" | "pending" | "active" | "locked";

function accountStatus(
  account: { status: string } | null,
  invitations: {
    acceptedAt: Date | null;
    revokedAt: Date | null;
    expiresAt: Date;
    failedCodes: number;
  }[],
): PatientAccountStatus {
  if (account)
    return account.status === "active"
      ? "active"
      : account.status === "pending"
        ? "pending"
        : "locked";
  return invitations.some((i) => invitationState(i) === "valid") ? "invited" : "none";
}

export async function listPatients(
  actor: StaffActor,
  options: { query?: string; page?: number; lapsing?: boolean },
  req: RequestInfo = {},
) {
  if (!(await allow(actor, "patients.list", req))) return null;
  const query = options.query ?? "";
  // "Lapses soon" counts from the clinic's date, not the server's.
  const lapsingAfter = options.lapsing
    ? todayIn((await findClinic())?.timeZone ?? DEFAULT_TIME_ZONE)
    : undefined;
  const total = await countPatients(query, lapsingAfter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages);
  const rows = await listPatientRows(query, page, PAGE_SIZE, lapsingAfter);
  return {
    total,
    page,
    pages,
    rows: rows.map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      dateOfBirth: r.dateOfBirth.toISOString().slice(0, 10),
      sex: r.sex,
      email: r.account?.email ?? r.invitations[0]?.email ?? null,
      status: accountStatus(r.account, r.invitations),
    })),
  };
}

/**
 * Staff open a patient's record (any tab of it): the profile must be one of
 * the clinic's, and the opening is audited as a view. Null when refused.
 */
export async function viewPatient(
  actor: StaffActor,
  profileId: string,
  req: RequestInfo = {},
): Promise<AuthorizedProfileId | null> {
  if (!(await allow(actor, "patients.view", req))) return null;
  const clinic = await findClinic();
  const id =
    clinic && profileId.length <= 64 ? await authorizeClinicProfile(clinic.id, profileId) : null;
  if (!id) return null;
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: id,
    resourceType: "profile",
    resourceId: id,
    action: "patients.view",
  });
  return id;
}

/** One profile as staff need it to invite or help: identity, contact, account status and invitations. Audited as a view. */
export async function getPatient(actor: StaffActor, profileId: string, req: RequestInfo = {}) {
  const id = await viewPatient(actor, profileId, req);
  const row = id && (await findPatientForStaff(id));
  if (!row) return null;
  const { invitations, account, dateOfBirth, ...profile } = row;
  // Every address the clinic wrote to for this profile: its account's, its invitations'.
  const addresses = [...new Set([account?.email, ...invitations.map((i) => i.email)])].filter(
    (a): a is string => Boolean(a),
  );
  const undelivered = await listUndeliveredEmails(addresses);
  return {
    ...profile,
    dateOfBirth: dateOfBirth.toISOString().slice(0, 10),
    account: account
      ? {
          id: account.id,
          email: account.email,
          status: account.status,
          lastLoginAt: account.lastLoginAt,
        }
      : null,
    status: accountStatus(account, invitations),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      state: invitationState(i),
    })),
    undelivered: undelivered.map((e) => ({
      ...e,
      template: isEmailTemplate(e.template) ? e.template : null,
    })),
  };
}

export async function createPatientProfile(
  actor: StaffActor,
  input: CreateProfileInput,
  req: RequestInfo = {},
): Promise<ActionResult<{ profileId: string }>> {
  if (!(await allow(actor, "patients.create", req))) return fail("notFound");
  const clinic = await findClinic();
  if (!clinic) return fail("unexpected");
  if (!isBirthDate(input.dateOfBirth, todayIn(clinic.timeZone)))
    return fail("invalid", { dateOfBirth: "date" });
  const profileId = await createProfile(clinic, input, actor.id);
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: profileId,
    resourceType: "profile",
    resourceId: profileId,
    action: "patients.create",
  });
  if (input.email)
    await recordAudit({
      ...auditBase(actor, req),
      subjectProfileId: profileId,
      resourceType: "invitation",
      action: "invitation.send",
    });
  return ok({ profileId });
}

/** Sends (or re-sends: the pending one is revoked) an invitation to a profile without an account. */
export async function sendInvitation(
  actor: StaffActor,
  input: { profileId: string; email: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "invitation.send", req))) return fail("notFound");
  const profile = await findProfileToInvite(input.profileId);
  if (!profile) return fail("notFound");
  if (profile.account) return fail("hasAccount");
  const invitation = await inviteProfile({
    profileId: profile.id,
    email: input.email,
    createdById: actor.id,
    validityDays: profile.clinic.invitationValidityDays,
    language: profile.language,
    name: `${profile.firstName} ${profile.lastName}`,
  });
  if (!invitation) return fail("emailInUse", { email: "emailInUse" });
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: profile.id,
    resourceType: "invitation",
    resourceId: invitation.id,
    action: "invitation.send",
  });
  return ok();
}

export async function revokeInvitation(
  actor: StaffActor,
  invitationId: string,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "invitation.revoke", req))) return fail("notFound");
  const invitation = await findInvitationSubject(invitationId);
  if (!invitation) return fail("notFound");
  if (!(await revokePendingInvitation(invitation.id))) return fail("notPending");
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: invitation.profileId,
    resourceType: "invitation",
    resourceId: invitation.id,
    action: "invitation.revoke",
  });
  return ok();
}

/** Emails the patient a reset link; staff never see nor set the password (AU-21). */
export async function resetPatientPassword(
  actor: StaffActor,
  profileId: string,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "patients.passwordReset", req))) return fail("notFound");
  const account = await findPatientAccount(profileId);
  if (!account) return fail("notFound");
  if (account.status !== "active") return fail("notActive");
  const name = account.profile
    ? `${account.profile.firstName} ${account.profile.lastName}`
    : account.email;
  await queuePasswordResetEmail({
    id: account.id,
    email: account.email,
    language: account.language,
    name,
  });
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: profileId,
    resourceType: "account",
    resourceId: account.id,
    action: "patients.passwordReset",
  });
  return ok();
}

/** Lock (ends every live session at its next request, SE-3) or unlock a patient's account. */
export async function setPatientLocked(
  actor: StaffActor,
  profileId: string,
  locked: boolean,
  req: RequestInfo = {},
): Promise<ActionResult> {
  const action = locked ? "patients.lock" : "patients.unlock";
  if (!(await allow(actor, action, req))) return fail("notFound");
  const account = await findPatientAccount(profileId);
  if (!account) return fail("notFound");
  if (!(await setPatientAccountLocked(account.id, locked)))
    return fail(locked ? "notActive" : "notLocked");
  if (locked) await endAllSessions(account.id);
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: profileId,
    resourceType: "account",
    resourceId: account.id,
    action,
  });
  return ok();
}
