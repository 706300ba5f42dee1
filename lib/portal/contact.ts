import "server-only";
// Patients correct their own contact details (phones, address, the language of
// their emails) on their Profile tab, where the clinic allows it. Only the
// account's own profile, from the session; the clinic's mandatory registration
// fields stay mandatory; the save is conditional and audited field by field
// (the same save as the clinic's edit, lib/admin/mutations.ts).
import { authorizeProfile } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { saveProfileDetails } from "@/lib/admin/mutations";
import type { EditableProfileField } from "@/lib/admin/profile-changes";
import { CONTACT_FIELDS, type EditContactInput } from "@/lib/admin/schema";
import type { Actor } from "@/lib/audit/actor";
import type { SessionAccount } from "@/lib/auth/gate";
import { findClinic } from "@/lib/clinic/data";
import { isMandatory } from "@/lib/registration/schema";

export type ContactCode = "notAllowed" | "stale" | "invalid";

export async function updateOwnContact(
  account: SessionAccount,
  actor: Actor,
  { updatedAt, ...values }: EditContactInput,
): Promise<ActionResult<{ changed: EditableProfileField[] }, ContactCode>> {
  const clinic = await findClinic();
  if (!clinic?.patientsEditContact || !account.profileId) return fail("notAllowed");
  const id = await authorizeProfile(account, account.profileId, "profile", clinic.timeZone);
  if (!id) return fail("notAllowed");
  const missing = CONTACT_FIELDS.filter(
    (f) => !f.endsWith("Type") && isMandatory(f, clinic.mandatoryRegistrationFields) && !values[f],
  );
  if (missing.length > 0)
    return fail("invalid", Object.fromEntries(missing.map((f) => [f, "required"])));
  const saved = await saveProfileDetails({
    profileId: id,
    seenAt: new Date(updatedAt),
    values,
    audit: {
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      ip: actor.ip,
      userAgent: actor.userAgent,
      requestId: actor.requestId,
      subjectProfileId: id,
      resourceType: "patientProfile",
      resourceId: id,
      action: "update",
    },
  });
  if (saved === "stale") return fail("stale");
  return ok({ changed: saved.changed });
}
