import "server-only";
import { notFound } from "next/navigation";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { findProfileSummary } from "@/lib/access/data";
import { requireStaffClinic } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { listClinicTaxes } from "./data";

/** What the new-bill form needs: whom it is for, the clinic's taxes today and its default reply rule. */
export async function loadNewBill(profileId: string) {
  const { clinicId } = await requireStaffClinic();
  const clinic = await requireClinic();
  const id = profileId.length <= 64 ? await authorizeClinicProfile(clinicId, profileId) : null;
  const profile = id && (await findProfileSummary(id));
  if (!id || !profile || !clinic.billsEnabled) notFound();
  return {
    profileId: id,
    name: `${profile.firstName} ${profile.lastName}`,
    defaultReplyRule: clinic.defaultReplyRule,
    taxes: await listClinicTaxes(clinicId),
  };
}

/** The clinic's taxes, for the settings page. */
export async function loadClinicTaxes() {
  const { clinicId } = await requireStaffClinic();
  return listClinicTaxes(clinicId);
}
