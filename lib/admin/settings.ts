import "server-only";
// The clinic's portal settings, edited by admins. Publishing the terms as a
// new version makes every patient accept them again at their next request
// (the gate compares Account.termsAcceptedVersion with Clinic.termsVersion);
// a plain save fixes a typo without asking anyone again.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { clinicContactSelect, findClinic } from "@/lib/clinic/data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import type { SettingsInput } from "./schema";

const settingsSelect = {
  ...clinicContactSelect,
  ageOfConsentOverride: true,
  mandatoryRegistrationFields: true,
  invitationValidityDays: true,
  termsEn: true,
  termsFr: true,
  termsVersion: true,
  termsPublishedAt: true,
} as const;

export async function getSettings(actor: StaffActor, req: RequestInfo = {}) {
  if (!(await allow(actor, "settings.view", req, { admin: true }))) return null;
  return db().clinic.findFirst({ orderBy: { createdAt: "asc" }, select: settingsSelect });
}

export async function saveSettings(
  actor: StaffActor,
  input: SettingsInput,
  req: RequestInfo = {},
): Promise<ActionResult<{ termsVersion: number; published: boolean }>> {
  if (!(await allow(actor, "settings.save", req, { admin: true }))) return fail("notFound");
  const clinic = await findClinic();
  if (!clinic) return fail("notFound");
  const { publishNewVersion, ...fields } = input;
  const updated = await db().clinic.update({
    where: { id: clinic.id },
    data: {
      ...fields,
      ...(publishNewVersion ? { termsVersion: { increment: 1 }, termsPublishedAt: now() } : {}),
    },
    select: { termsVersion: true },
  });
  await recordAudit({
    ...auditBase(actor, req),
    resourceType: "clinic",
    resourceId: clinic.id,
    action: publishNewVersion ? "settings.publishTerms" : "settings.save",
    detail: { termsVersion: updated.termsVersion },
  });
  return ok({ termsVersion: updated.termsVersion, published: publishNewVersion });
}
