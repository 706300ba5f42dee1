import "server-only";
// The clinic's portal settings, edited by admins. Publishing the terms as a
// new version makes every patient accept them again at their next request
// (the gate compares Account.termsAcceptedVersion with Clinic.termsVersion);
// a plain save fixes a typo without asking anyone again.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { findClinic } from "@/lib/clinic/data";
import { findClinicSettings } from "./data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import { updateClinicSettings } from "./mutations";
import type { SettingsInput } from "./schema";

export async function getSettings(actor: StaffActor, req: RequestInfo = {}) {
  if (!(await allow(actor, "settings.view", req, { admin: true }))) return null;
  return findClinicSettings();
}

export async function saveSettings(
  actor: StaffActor,
  input: SettingsInput,
  req: RequestInfo = {},
): Promise<ActionResult<{ termsVersion: number; published: boolean }>> {
  if (!(await allow(actor, "settings.save", req, { admin: true }))) return fail("notFound");
  const clinic = await findClinic();
  if (!clinic) return fail("notFound");
  const termsVersion = await updateClinicSettings(clinic.id, input);
  await recordAudit({
    ...auditBase(actor, req),
    resourceType: "clinic",
    resourceId: clinic.id,
    action: input.publishNewVersion ? "settings.publishTerms" : "settings.save",
    detail: { termsVersion },
  });
  return ok({ termsVersion, published: input.publishNewVersion });
}
