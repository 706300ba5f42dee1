import "server-only";
// Patients as staff see them: a searchable list (list fields only), one
// profile with its account status and invitations, and the actions on it.
// Each action writes an audit event naming the staff actor and the profile.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { sendPasswordResetEmail } from "@/lib/accounts/emails";
import { recordAudit } from "@/lib/audit/mutations";
import { endAllSessions } from "@/lib/auth/data";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { findClinic } from "@/lib/clinic/data";
import { likeLiteral } from "@/lib/db/like";
import { issueInvitation } from "@/lib/invitations/mutations";
import { invitationState } from "@/lib/invitations/rules";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
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

const invitationSelect = {
  acceptedAt: true,
  revokedAt: true,
  expiresAt: true,
  failedCodes: true,
} as const;

function searchWhere(query: string) {
  const q = query.trim();
  if (!q) return {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(q) && !Number.isNaN(Date.parse(`${q}T00:00:00Z`)))
    return { dateOfBirth: new Date(`${q}T00:00:00Z`) };
  const words = q.split(/\s+/).slice(0, 4).map(likeLiteral);
  return {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
        { account: { email: { contains: word.toLowerCase() } } },
        { invitations: { some: { email: { contains: word.toLowerCase() }, revokedAt: null } } },
      ],
    })),
  };
}

export async function listPatients(
  actor: StaffActor,
  options: { query?: string; page?: number },
  req: RequestInfo = {},
) {
  if (!(await allow(actor, "patients.list", req))) return null;
  const where = searchWhere(options.query ?? "");
  const total = await db().patientProfile.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages);
  const rows = await db().patientProfile.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      sex: true,
      account: { select: { email: true, status: true } },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, ...invitationSelect },
      },
    },
  });
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

/** One profile as staff need it to invite or help: identity, contact, account status and invitations. Audited as a view. */
export async function getPatient(actor: StaffActor, profileId: string, req: RequestInfo = {}) {
  if (!(await allow(actor, "patients.view", req))) return null;
  const row = await db().patientProfile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      sex: true,
      primaryPhone: true,
      primaryPhoneType: true,
      secondaryPhone: true,
      secondaryPhoneType: true,
      addressLine: true,
      city: true,
      province: true,
      postalCode: true,
      language: true,
      account: { select: { id: true, email: true, status: true, lastLoginAt: true } },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, email: true, createdAt: true, ...invitationSelect },
      },
    },
  });
  if (!row) return null;
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: row.id,
    resourceType: "profile",
    resourceId: row.id,
    action: "patients.view",
  });
  const { invitations, account, dateOfBirth, ...profile } = row;
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
  const { email, ...fields } = input;
  const profileId = await db().$transaction(async (tx) => {
    const profile = await tx.patientProfile.create({
      data: {
        ...fields,
        clinicId: clinic.id,
        dateOfBirth: new Date(`${fields.dateOfBirth}T00:00:00Z`),
      },
      select: { id: true },
    });
    if (email) {
      await issueInvitation(tx, {
        profileId: profile.id,
        email,
        createdById: actor.id,
        validityDays: clinic.invitationValidityDays,
        language: fields.language,
        name: `${fields.firstName} ${fields.lastName}`,
      });
    }
    return profile.id;
  });
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: profileId,
    resourceType: "profile",
    resourceId: profileId,
    action: "patients.create",
  });
  if (email)
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
  const profile = await db().patientProfile.findUnique({
    where: { id: input.profileId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      language: true,
      account: { select: { id: true } },
      clinic: { select: { invitationValidityDays: true } },
    },
  });
  if (!profile) return fail("notFound");
  if (profile.account) return fail("hasAccount");
  const invitation = await db().$transaction(async (tx) => {
    // An address that already signs in to the portal can never accept: refuse
    // now, before anyone is emailed another patient's name.
    const taken = await tx.account.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (taken) return null;
    return issueInvitation(tx, {
      profileId: profile.id,
      email: input.email,
      createdById: actor.id,
      validityDays: profile.clinic.invitationValidityDays,
      language: profile.language,
      name: `${profile.firstName} ${profile.lastName}`,
    });
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
  const invitation = await db().invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, profileId: true },
  });
  if (!invitation) return fail("notFound");
  const result = await db().invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now() },
  });
  if (result.count === 0) return fail("notPending");
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: invitation.profileId,
    resourceType: "invitation",
    resourceId: invitation.id,
    action: "invitation.revoke",
  });
  return ok();
}

async function patientAccount(profileId: string) {
  return db().account.findFirst({
    where: { profileId, role: "patient" },
    select: {
      id: true,
      email: true,
      status: true,
      language: true,
      profile: { select: { firstName: true, lastName: true } },
    },
  });
}

/** Emails the patient a reset link; staff never see nor set the password (AU-21). */
export async function resetPatientPassword(
  actor: StaffActor,
  profileId: string,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "patients.passwordReset", req))) return fail("notFound");
  const account = await patientAccount(profileId);
  if (!account) return fail("notFound");
  if (account.status !== "active") return fail("notActive");
  const name = account.profile
    ? `${account.profile.firstName} ${account.profile.lastName}`
    : account.email;
  await db().$transaction((tx) =>
    sendPasswordResetEmail(tx, {
      id: account.id,
      email: account.email,
      language: account.language,
      name,
    }),
  );
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
  const account = await patientAccount(profileId);
  if (!account) return fail("notFound");
  const result = await db().account.updateMany({
    where: { id: account.id, status: locked ? "active" : "locked" },
    data: { status: locked ? "locked" : "active", statusChangedAt: now() },
  });
  if (result.count === 0) return fail(locked ? "notActive" : "notLocked");
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
