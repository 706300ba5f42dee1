import "server-only";
// Loaders for the patient's shell and dashboard: what the signed-in account may
// see, through the session gate and the profile access check.
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  authorizeProfile,
  listAccessibleProfiles,
  profileToShow,
  selectedProfile,
  type AuthorizedProfileId,
} from "@/lib/access/profile-access";
import { listUpcomingForProfiles } from "@/lib/appointments/data";
import { requirePatient } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { findProfileDetails } from "./data";

export const loadPortalShell = cache(async () => {
  const account = await requirePatient();
  const clinic = await requireClinic();
  const profiles = await listAccessibleProfiles(account, clinic.timeZone);
  const current = await selectedProfile(account, clinic.timeZone);
  return { account, clinic, profiles, current };
});

export async function loadDashboard() {
  const { account, clinic, profiles, current } = await loadPortalShell();
  const { timeZone } = clinic;
  // Upcoming visits of every profile whose appointments tab this account may
  // see, each id proven by the access check (the list query requires it).
  const ids: AuthorizedProfileId[] = [];
  for (const p of profiles.filter((p) => p.tabs.includes("appointments"))) {
    const id = await authorizeProfile(account, p.profileId, "appointments", timeZone);
    if (id) ids.push(id);
  }
  const upcoming = await listUpcomingForProfiles(ids, now());
  return {
    signIn: { email: account.email, passwordChangedAt: account.passwordChangedAt },
    profiles,
    selectedId: current?.profileId ?? null,
    timeZone,
    appointmentProfiles: profiles.filter((p) => ids.some((id) => id === p.profileId)),
    upcoming: upcoming.map((a) => ({
      id: a.id,
      profileId: a.profileId,
      own: a.profileId === account.profileId,
      who: `${a.profile.firstName} ${a.profile.lastName}`,
      startsAt: a.startsAt,
      practitioner: a.practitioner,
      site: { nameEn: a.site.nameEn, nameFr: a.site.nameFr },
      status: a.status,
    })),
  };
}

/** The Profile tab: the details of the selected profile (or the one the URL names), for any account managing it. */
export async function loadProfileTab(requested?: string) {
  const { account, clinic, profiles } = await loadPortalShell();
  const profileId = await profileToShow(account, requested, clinic.timeZone);
  const id = profileId && (await authorizeProfile(account, profileId, "profile", clinic.timeZone));
  const profile = id && profiles.find((p) => p.profileId === id);
  const details = id && (await findProfileDetails(id));
  if (!id || !profile || !details) notFound();
  const own = profile.state === "own";
  return {
    id,
    own,
    tabs: profile.tabs,
    details,
    // Patients correct their own contact details, where the clinic allows it.
    canEditContact: own && clinic.patientsEditContact,
  };
}
