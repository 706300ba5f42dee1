import "server-only";
// What the staff use cases write. Callers check the staff role first
// (guard.ts allow()) and record the audit event of the change.
import { sendStaffWelcomeEmail } from "@/lib/accounts/emails";
import { type AuditInput, recordAudit } from "@/lib/audit/mutations";
import type { Clinic } from "@/lib/clinic/data";
import { now } from "@/lib/clock";
import { db, type Prisma } from "@/lib/db/client";
import { type InvitationInput, issueInvitation } from "@/lib/invitations/mutations";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { findProfileToEdit } from "./data";
import {
  auditedChanges,
  type EditableProfileField,
  profileChanges,
  type ProfileValues,
} from "./profile-changes";
import type { ClinicSetupInput, CreateProfileInput, SettingsInput } from "./schema";

/** Any key distinct from the migration applier's: serialises concurrent setups. */
const SETUP_LOCK_KEY = 72707370;

/** Creates the deployment's one clinic, with its audit event; "alreadySetUp" when one exists. */
export async function createTheClinic(
  input: ClinicSetupInput,
  audit: Omit<AuditInput, "resourceId">,
): Promise<"created" | "alreadySetUp"> {
  return db().$transaction(async (tx) => {
    // Advisory lock: "create only if none exists" has no row to lock yet.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY}::bigint)`;
    if ((await tx.clinic.count()) > 0) return "alreadySetUp";
    const clinic = await tx.clinic.create({ data: input, select: { id: true } });
    await recordAudit({ ...audit, resourceId: clinic.id }, tx);
    return "created";
  });
}

/** Saves the settings; publishing the terms as a new version bumps it. Returns the terms' version. */
export async function updateClinicSettings(
  clinicId: string,
  { publishNewVersion, ...fields }: SettingsInput,
): Promise<number> {
  const updated = await db().clinic.update({
    where: { id: clinicId },
    data: {
      ...fields,
      ...(publishNewVersion ? { termsVersion: { increment: 1 }, termsPublishedAt: now() } : {}),
    },
    select: { termsVersion: true },
  });
  return updated.termsVersion;
}

/** Creates a profile and, with an address, its invitation (and email), together. */
export async function createProfile(
  clinic: Pick<Clinic, "id" | "invitationValidityDays">,
  { email, ...fields }: CreateProfileInput,
  createdById: string,
): Promise<string> {
  return db().$transaction(async (tx) => {
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
        createdById,
        validityDays: clinic.invitationValidityDays,
        language: fields.language,
        name: `${fields.firstName} ${fields.lastName}`,
      });
    }
    return profile.id;
  });
}

/** Invites a profile (revoking its pending invitation); null when the address already signs in. */
export async function inviteProfile(input: InvitationInput) {
  return db().$transaction(async (tx) => {
    // An address that already signs in to the portal can never accept: refuse
    // now, before anyone is emailed another patient's name.
    const taken = await tx.account.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (taken) return null;
    return issueInvitation(tx, input);
  });
}

/** Revokes an invitation still pending; false when it was accepted or revoked already. */
export async function revokePendingInvitation(invitationId: string): Promise<boolean> {
  const result = await db().invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now() },
  });
  return result.count === 1;
}

/** Locks an active patient account or unlocks a locked one; false when it was not in that state. */
export async function setPatientAccountLocked(accountId: string, locked: boolean) {
  const result = await db().account.updateMany({
    where: { id: accountId, status: locked ? "active" : "locked" },
    data: { status: locked ? "locked" : "active", statusChangedAt: now() },
  });
  return result.count === 1;
}

/** Creates a staff account and queues its welcome email, together; a taken address throws a unique violation. */
export async function createStaffAccount(input: {
  email: string;
  role: "staff" | "admin";
  language: "en" | "fr";
}): Promise<string> {
  return db().$transaction(async (tx) => {
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
}

/** Disables or re-enables a staff account, never the last active admin. */
export async function setStaffAccountEnabled(
  target: { id: string; role: string },
  enabled: boolean,
): Promise<"changed" | "unchanged" | "lastAdmin"> {
  return db().$transaction(async (tx) => {
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
}

/** The first administrator of an empty database (npm run admin:create), with a password of their own. */
export async function createAdministrator(email: string, passwordHash: string) {
  return db().account.create({
    data: {
      email,
      passwordHash,
      role: "admin",
      status: "active",
      passwordChangedAt: new Date(),
    },
    select: { id: true, email: true },
  });
}

export type ProfileEdit = {
  profileId: AuthorizedProfileId;
  /** The profile's updatedAt when the form was opened. */
  seenAt: Date;
  /** The details to save; a field left out is kept as it is. */
  values: Partial<ProfileValues>;
  audit: Omit<AuditInput, "detail">;
};

/**
 * Saves a profile's details with one audit event holding each changed field,
 * only if nobody saved the profile since `seenAt` (a conditional UPDATE, so
 * of two concurrent saves from forms opened together only the first lands).
 */
export async function saveProfileDetails(
  edit: ProfileEdit,
): Promise<"stale" | { changed: EditableProfileField[] }> {
  return db().$transaction(async (tx) => {
    const current = await findProfileToEdit(edit.profileId, tx);
    if (!current || current.updatedAt.getTime() !== edit.seenAt.getTime()) return "stale";
    const changes = profileChanges(current.values, edit.values);
    const changed = Object.keys(changes) as EditableProfileField[];
    if (changed.length === 0) return { changed };
    const { dateOfBirth, ...data } = Object.fromEntries(
      changed.map((field) => [field, changes[field]!.after]),
    ) as Partial<ProfileValues>;
    const updated = await tx.patientProfile.updateMany({
      where: { id: edit.profileId, updatedAt: edit.seenAt },
      data: {
        ...(data as Prisma.PatientProfileUncheckedUpdateManyInput),
        ...(dateOfBirth ? { dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`) } : {}),
      },
    });
    if (updated.count !== 1) return "stale";
    // The profile's language is its account's: the portal's emails follow it.
    if (changes.language)
      await tx.account.updateMany({
        where: { profileId: edit.profileId },
        data: { language: changes.language.after as "en" | "fr" },
      });
    await recordAudit({ ...edit.audit, detail: auditedChanges(changes) }, tx);
    return { changed };
  });
}

/** Sets the clinic's colour and, when given, its logo's key (null removes it). Returns the previous key. */
export async function updateClinicBrand(
  clinicId: string,
  brand: { brandColor: string | null; logoKey?: string | null },
): Promise<string | null> {
  return db().$transaction(async (tx) => {
    const before = await tx.clinic.findUniqueOrThrow({
      where: { id: clinicId },
      select: { logoKey: true },
    });
    await tx.clinic.update({ where: { id: clinicId }, data: brand, select: { id: true } });
    return before.logoKey;
  });
}
