import "server-only";
// Loaders for the patient's shell and dashboard: what the signed-in account may
// see, through the session gate and the profile access check.
import { cache } from "react";
import { listAccessibleProfiles } from "@/lib/access/profile-access";
import { requirePatient } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";

export const loadPortalShell = cache(async () => {
  const account = await requirePatient();
  const clinic = await loadClinic();
  const profiles = await listAccessibleProfiles(account, clinic?.timeZone ?? "America/Toronto");
  const own = profiles.find((p) => p.state === "own") ?? null;
  return { account, clinic, profiles, current: own };
});

export async function loadDashboard() {
  const { account, profiles } = await loadPortalShell();
  return {
    signIn: { email: account.email, passwordChangedAt: account.passwordChangedAt },
    profiles,
  };
}
