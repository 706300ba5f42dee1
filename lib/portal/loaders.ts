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
} from "@/lib/access/profile-access";
import { requirePatient } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { dashboardAppointments, dashboardBills, dashboardUnread } from "./dashboard";
import { findProfileDetails } from "./data";

export const loadPortalShell = cache(async () => {
  const account = await requirePatient();
  const clinic = await requireClinic();
  const profiles = await listAccessibleProfiles(account, clinic.timeZone);
  const current = await selectedProfile(account, clinic.timeZone);
  return { account, clinic, profiles, current };
});

/** The dashboard: what waits for the account (visits to confirm, unread threads, bills due), then the rest. */
export async function loadDashboard(at: Date = now()) {
  const { account, clinic, profiles, current } = await loadPortalShell();
  const [appointments, unread, bills] = await Promise.all([
    dashboardAppointments(account, profiles, clinic, at),
    dashboardUnread(account, profiles, clinic),
    dashboardBills(account, profiles, clinic),
  ]);
  const { ids, toConfirm, upcoming, moreUpcoming } = appointments;
  return {
    profiles,
    selectedId: current?.profileId ?? null,
    timeZone: clinic.timeZone,
    appointmentProfiles: profiles.filter((p) => ids.some((id) => id === p.profileId)),
    toConfirm,
    upcoming,
    moreUpcoming,
    unread,
    bills,
  };
}

/** The Profile tab's access check, or a 404; cached, for its layout and its page (see requireBox in lib/communications). */
export const requireProfileTab = cache(async (requested: string | undefined) => {
  const { account, clinic, profiles } = await loadPortalShell();
  const profileId = await profileToShow(account, requested, clinic.timeZone);
  const id = profileId && (await authorizeProfile(account, profileId, "profile", clinic.timeZone));
  const profile = id && profiles.find((p) => p.profileId === id);
  if (!id || !profile) notFound();
  return { account, clinic, id, profile };
});

/** The Profile tab: the details of the selected profile (or the one the URL names), for any account managing it. */
export async function loadProfileTab(requested?: string) {
  const { account, clinic, id, profile } = await requireProfileTab(requested);
  const details = await findProfileDetails(id);
  if (!details) notFound();
  const own = profile.state === "own";
  return {
    id,
    own,
    tabs: profile.tabs,
    details,
    // Patients correct their own contact details, where the clinic allows it.
    canEditContact: own && clinic.patientsEditContact,
    // The account's sign-in details: the page shows them with its own profile only.
    signIn: { email: account.email, passwordChangedAt: account.passwordChangedAt },
    timeZone: clinic.timeZone,
  };
}
