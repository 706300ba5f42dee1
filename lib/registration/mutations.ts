import "server-only";
// Self-registration, activation and terms acceptance. Functions take plain
// input plus the request's audit context, so the server actions stay thin and
// integration tests call these directly against a real database.
import { ageOfConsent } from "@/lib/clinic/age-of-consent";
import { isCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import { portalUrl, sendActivationEmail } from "@/lib/accounts/emails";
import { now, todayIn } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { type Clinic, findClinic } from "@/lib/clinic/data";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { hitThrottle } from "@/lib/throttle/mutations";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { consumeAccountToken } from "@/lib/tokens/account-tokens";
import { findAccountByEmail } from "./data";
import { registrationErrors, registrationSchema, type RegistrationRules } from "./schema";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

export type AuditContext = {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

export function registrationRules(clinic: Clinic): RegistrationRules {
  return {
    mandatory: clinic.mandatoryRegistrationFields,
    minAge: ageOfConsent(clinic.province, clinic.ageOfConsentOverride),
    today: todayIn(clinic.timeZone),
  };
}

export type RegisterResult =
  | { ok: true }
  | { ok: false; code: "invalid"; fields: Record<string, string> }
  | { ok: false; code: "unavailable" }
  /** Over the per-address limit of link emails (AU-8): taken and free addresses alike. */
  | { ok: false; code: "emailLimit" };

/**
 * Registers a patient. A new address gets a pending account and an activation
 * email; an address that already has an account gets NO second account and its
 * owner is told by email — and the caller sees the same answer either way (AU-6).
 */
export async function registerPatient(
  values: Record<string, string>,
  ctx: AuditContext,
): Promise<RegisterResult> {
  const clinic = await findClinic();
  if (!clinic) return { ok: false, code: "unavailable" };
  const rules = registrationRules(clinic);
  const errors = registrationErrors(rules, values);
  if (Object.keys(errors).length > 0) return { ok: false, code: "invalid", fields: errors };
  const input = registrationSchema(rules).parse(values);
  if (isCommonPassword(input.password, { email: input.email, clinicName: clinic.name })) {
    return { ok: false, code: "invalid", fields: { password: "commonPassword" } };
  }
  // Hash before knowing whether the address is taken: both paths cost the same.
  const passwordHash = await hashPassword(input.password);
  // Counted before the lookup, for taken and free addresses alike (AU-8):
  // over the limit, nothing is sent, and every address gets the same
  // "try again later", which tells nothing about whether it has an account.
  const { blocked } = await hitThrottle(
    throttleKey.linkEmail(input.email),
    THROTTLE.linkEmailsPerAddress,
  );
  if (blocked) {
    await recordAudit({
      resourceType: "account",
      action: "register",
      outcome: "denied",
      detail: { reason: "throttled" },
      ...ctx,
    });
    return { ok: false, code: "emailLimit" };
  }

  const existing = await findAccountByEmail(input.email);
  if (existing) {
    await notifyExistingAccount(existing);
    await recordAudit({
      actorAccountId: existing.id,
      resourceType: "account",
      resourceId: existing.id,
      action: "register",
      outcome: "denied",
      detail: { reason: "emailTaken" },
      ...ctx,
    });
    return { ok: true };
  }

  try {
    const account = await db().$transaction(async (tx) => {
      const profile = await tx.patientProfile.create({
        data: {
          clinicId: clinic.id,
          firstName: input.firstName,
          lastName: input.lastName,
          dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`),
          sex: input.sex,
          primaryPhone: input.primaryPhone,
          primaryPhoneType: input.primaryPhoneType,
          secondaryPhone: input.secondaryPhone,
          secondaryPhoneType: input.secondaryPhoneType,
          addressLine: input.addressLine,
          city: input.city,
          province: input.province,
          postalCode: input.postalCode,
          language: input.language,
        },
        select: { id: true },
      });
      const created = await tx.account.create({
        data: {
          email: input.email,
          passwordHash,
          passwordChangedAt: now(),
          status: "pending",
          role: "patient",
          language: input.language,
          profileId: profile.id,
        },
        select: { id: true, email: true, language: true },
      });
      await sendActivationEmail(tx, {
        id: created.id,
        email: created.email,
        language: created.language,
        name: input.firstName,
      });
      return { ...created, profileId: profile.id };
    });
    await recordAudit({
      actorAccountId: account.id,
      actorRole: "patient",
      subjectProfileId: account.profileId,
      resourceType: "account",
      resourceId: account.id,
      action: "register",
      ...ctx,
    });
  } catch (error) {
    // Two registrations of one address at once: the loser is a "taken" address.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findAccountByEmail(input.email);
    if (winner) await notifyExistingAccount(winner);
  }
  return { ok: true };
}

async function notifyExistingAccount(
  account: NonNullable<Awaited<ReturnType<typeof findAccountByEmail>>>,
) {
  const locale = account.language;
  await enqueueEmail(db(), {
    to: account.email,
    locale,
    template: "existing-account",
    data: {
      name: account.profile?.firstName ?? account.email.split("@")[0]!,
      loginUrl: portalUrl(locale, "/login"),
      forgotPasswordUrl: portalUrl(locale, "/forgot-password"),
      ...(account.status === "pending" ? { activateUrl: portalUrl(locale, "/activate") } : {}),
    },
  });
}

/** Uses an activation link: single use, expiring, activation-only (AU-9..15). */
export async function activateAccount(
  secret: string,
  ctx: AuditContext,
): Promise<ActionResult<undefined, "expired" | "used" | "invalid">> {
  const result = await db().$transaction(async (tx) => {
    const used = await consumeAccountToken(tx, secret, "activation");
    if (!used.ok) return used;
    // Only a pending account becomes active: a link never re-opens a locked or disabled one.
    await tx.account.updateMany({
      where: { id: used.data.accountId, status: "pending" },
      data: { status: "active", statusChangedAt: now() },
    });
    return used;
  });
  if (!result.ok) {
    await recordAudit({
      resourceType: "account",
      action: "activate",
      outcome: "failure",
      detail: { reason: result.code },
      ...ctx,
    });
    return fail(result.code);
  }
  await recordAudit({
    actorAccountId: result.data.accountId,
    actorRole: "patient",
    resourceType: "account",
    resourceId: result.data.accountId,
    action: "activate",
    ...ctx,
  });
  return ok();
}

/**
 * "Send me a new link": the same answer whether or not a pending account has
 * this address; a new link voids the older ones; rate-limited per address
 * (AU-8), counted for every address alike, so "emailLimit" reveals nothing.
 */
export async function resendActivation(
  email: string,
  ctx: AuditContext,
): Promise<"done" | "emailLimit"> {
  const { blocked } = await hitThrottle(
    throttleKey.linkEmail(email),
    THROTTLE.linkEmailsPerAddress,
  );
  if (blocked) return "emailLimit";
  const account = await findAccountByEmail(email);
  if (!account || account.status !== "pending") return "done";
  await db().$transaction((tx) =>
    sendActivationEmail(tx, {
      id: account.id,
      email: account.email,
      language: account.language,
      name: account.profile?.firstName ?? account.email.split("@")[0]!,
    }),
  );
  await recordAudit({
    actorAccountId: account.id,
    resourceType: "account",
    resourceId: account.id,
    action: "activationResent",
    ...ctx,
  });
  return "done";
}

/** Records that the account accepted this version of the clinic's terms. */
export async function acceptTerms(
  accountId: string,
  version: number,
  ctx: AuditContext,
): Promise<boolean> {
  const clinic = await findClinic();
  // The terms changed while the page was open: the user must read the new ones.
  if (!clinic || clinic.termsVersion !== version) return false;
  await db().account.update({
    where: { id: accountId },
    data: { termsAcceptedVersion: version, termsAcceptedAt: now() },
  });
  await recordAudit({
    actorAccountId: accountId,
    actorRole: "patient",
    resourceType: "account",
    resourceId: accountId,
    action: "acceptTerms",
    detail: { version },
    ...ctx,
  });
  return true;
}
