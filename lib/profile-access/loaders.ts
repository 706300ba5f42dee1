import "server-only";
import { notFound } from "next/navigation";
import { authorizeClinicProfile, tabsOf } from "@/lib/access/profile-access";
import { requireStaffClinic } from "@/lib/auth/gate";
import { ageOfConsent } from "@/lib/clinic/age-of-consent";
import { requireClinic } from "@/lib/clinic/loaders";
import { todayIn } from "@/lib/clock";
import { findPerson, listGrantsHeldBy, listGrantsOnProfile } from "./data";
import { consentRule, grantState } from "./rules";

/**
 * A patient's attachments as staff see them: the accounts that may see this
 * profile, the profiles this patient's own account may see, each with its
 * state on the clinic's date, and what attaching the profile would need.
 */
export async function loadProfileAccess(profileId: string) {
  const { clinicId } = await requireStaffClinic();
  const id = await authorizeClinicProfile(clinicId, profileId);
  if (!id) notFound();
  const clinic = await requireClinic();
  const person = await findPerson(clinicId, id);
  if (!person) notFound();
  const today = todayIn(clinic.timeZone);
  const rule = consentRule(person.dateOfBirth, clinic, today);
  const withState = <G extends Parameters<typeof tabsOf>[0] & Parameters<typeof grantState>[0]>({
    canAppointments,
    canMessages,
    canDocuments,
    canBills,
    ...grant
  }: G) => ({
    ...grant,
    tabs: tabsOf({ canAppointments, canMessages, canDocuments, canBills }),
    state: grantState(grant, today),
  });
  const attachedAccounts = (await listGrantsOnProfile(id)).map(withState);
  const attachedProfiles = (await listGrantsHeldBy(id)).map(withState);
  return {
    profileId: id as string,
    firstName: person.firstName,
    hasAccount: person.account !== null,
    consentNeeded: rule.consentNeeded,
    lapsesOn: rule.lapsesOn,
    ageOfConsent: ageOfConsent(clinic.province, clinic.ageOfConsentOverride),
    attachedAccounts,
    attachedProfiles,
  };
}
