import "server-only";
// The clinic's portal settings, edited by admins. Publishing the terms as a
// new version makes every patient accept them again at their next request
// (the gate compares Account.termsAcceptedVersion with Clinic.termsVersion);
// a plain save fixes a typo without asking anyone again.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { findClinic } from "@/lib/clinic/data";
import { prepareLogo, type LogoRefusal } from "@/lib/clinic/logo-image";
import { logoStorageKey, logoVersion } from "@/lib/clinic/logo-url";
import { fileStorage } from "@/lib/files/storage";
import { findClinicSettings } from "./data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import { updateClinicBrand, updateClinicSettings } from "./mutations";
import type { BrandInput, SettingsInput } from "./schema";

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

/**
 * Sets the clinic's colour and logo (a new upload replaces the logo; removing
 * it drops it; neither keeps it). A refused logo changes nothing. The new
 * file is stored before the clinic points to it, and the old one deleted
 * after, so no page ever names a logo that is not there.
 */
export async function saveBrand(
  actor: StaffActor,
  input: BrandInput,
  upload: Uint8Array | null,
  req: RequestInfo = {},
): Promise<ActionResult<{ logoKey: string | null }, "notFound" | "invalid">> {
  if (!(await allow(actor, "settings.brand", req, { admin: true }))) return fail("notFound");
  const clinic = await findClinic();
  if (!clinic) return fail("notFound");
  let logoKey: string | null | undefined = input.removeLogo ? null : undefined;
  let logoRefusal: LogoRefusal | undefined;
  if (upload) {
    const prepared = await prepareLogo(upload);
    if (prepared.ok) {
      logoKey = logoStorageKey(prepared.logo.sha256);
      await fileStorage().put(logoKey, prepared.logo.png);
    } else logoRefusal = prepared.code;
  }
  if (logoRefusal) return fail("invalid", { logo: logoRefusal });
  const previous = await updateClinicBrand(clinic.id, { brandColor: input.brandColor, logoKey });
  if (previous && logoKey !== undefined && previous !== logoKey)
    await fileStorage().delete(previous);
  const current = logoKey === undefined ? previous : logoKey;
  await recordAudit({
    ...auditBase(actor, req),
    resourceType: "clinic",
    resourceId: clinic.id,
    action: "settings.brand",
    detail: {
      brandColor: { before: clinic.brandColor, after: input.brandColor },
      logo: logoKey === undefined ? "kept" : logoKey === null ? "removed" : "replaced",
      logoVersion: logoVersion(current),
    },
  });
  return ok({ logoKey: current });
}
