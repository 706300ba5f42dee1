import "server-only";
// Staff edit a patient's details (the assigned practitioner has its own
// form). The profile must be one of the clinic's; the save is refused when
// someone saved the profile after this form was opened, and is audited field
// by field in the same transaction.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { findClinic } from "@/lib/clinic/data";
import { todayIn } from "@/lib/clock";
import { isBirthDate } from "@/lib/registration/formats";
import { findProfileToEdit } from "./data";
import { allow, auditBase, type RequestInfo, type StaffActor } from "./guard";
import { saveProfileDetails } from "./mutations";
import type { EditableProfileField } from "./profile-changes";
import type { EditProfileInput } from "./schema";

export type EditPatientCode = "notFound" | "stale" | "invalid" | "unexpected";

/** The edit form's starting values, audited as a view; null when the profile is not one of the clinic's. */
export async function getPatientToEdit(
  actor: StaffActor,
  profileId: string,
  req: RequestInfo = {},
) {
  if (!(await allow(actor, "patients.view", req))) return null;
  const clinic = await findClinic();
  const id =
    clinic && profileId.length <= 64 && (await authorizeClinicProfile(clinic.id, profileId));
  const profile = id && (await findProfileToEdit(id));
  if (!clinic || !profile) return null;
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: id,
    resourceType: "profile",
    resourceId: id,
    action: "patients.view",
  });
  const { healthCardNumber, ...values } = profile.values;
  return {
    profileId: id,
    updatedAt: profile.updatedAt.toISOString(),
    values: clinic.collectsHealthCard ? { ...values, healthCardNumber } : values,
    collectsHealthCard: clinic.collectsHealthCard,
  };
}

export async function editPatientProfile(
  actor: StaffActor,
  { profileId, updatedAt, healthCardNumber, ...details }: EditProfileInput,
  req: RequestInfo = {},
): Promise<ActionResult<{ profileId: string; changed: EditableProfileField[] }, EditPatientCode>> {
  if (!(await allow(actor, "patients.edit", req))) return fail("notFound");
  const clinic = await findClinic();
  if (!clinic) return fail("unexpected");
  const id = await authorizeClinicProfile(clinic.id, profileId);
  if (!id) return fail("notFound");
  if (!isBirthDate(details.dateOfBirth, todayIn(clinic.timeZone)))
    return fail("invalid", { dateOfBirth: "date" });
  const saved = await saveProfileDetails({
    profileId: id,
    seenAt: new Date(updatedAt),
    // A clinic that does not collect the number never changes it.
    values: clinic.collectsHealthCard ? { ...details, healthCardNumber } : details,
    audit: {
      ...auditBase(actor, req),
      subjectProfileId: id,
      resourceType: "patientProfile",
      resourceId: id,
      action: "update",
    },
  });
  if (saved === "stale") return fail("stale");
  return ok({ profileId: id, changed: saved.changed });
}
