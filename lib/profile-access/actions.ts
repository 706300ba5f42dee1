"use server";
// The staff's attachment actions. The wrapper checks origin, input and the
// staff role; the profile is then proved to be the clinic's
// (authorizeClinicProfile) and the use cases scope every write to it and
// check the role again.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { fail, ok } from "@/lib/actions/result";
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import { actorOf } from "@/lib/audit/actor";
import { requireStaffClinic } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { searchAccounts } from "./data";
import { attachProfile, changePermissions, recordConsent, revokeAccess } from "./mutations";
import {
  accountSearchSchema,
  attachSchema,
  consentSchema,
  grantSchema,
  permissionsSchema,
} from "./schema";

/** The clinic's rules and the profile, proven to be one of the clinic's; null answers notFound. */
async function clinicProfile(profileId: string) {
  const { clinicId } = await requireStaffClinic();
  const authorized = await authorizeClinicProfile(clinicId, profileId);
  if (!authorized) return null;
  const { id, province, ageOfConsentOverride, timeZone } = await requireClinic();
  return { clinic: { id, province, ageOfConsentOverride, timeZone }, profileId: authorized };
}

export const searchAccountsAction = staffAction(accountSearchSchema, async (input) => {
  const scope = await clinicProfile(input.profileId);
  if (!scope) return fail("notFound");
  return ok(await searchAccounts(scope.clinic.id, scope.profileId, input.query));
});

export const attachProfileAction = staffAction(attachSchema, async (input, ctx) => {
  const scope = await clinicProfile(input.profileId);
  if (!scope) return fail("notFound");
  return refreshed(await attachProfile(scope.clinic, scope.profileId, input, actorOf(ctx)));
});

export const changePermissionsAction = staffAction(permissionsSchema, async (input, ctx) => {
  const scope = await clinicProfile(input.profileId);
  if (!scope) return fail("notFound");
  return refreshed(
    await changePermissions({ ...scope, grantId: input.grantId }, input.tabs, actorOf(ctx)),
  );
});

export const recordConsentAction = staffAction(consentSchema, async (input, ctx) => {
  const scope = await clinicProfile(input.profileId);
  if (!scope) return fail("notFound");
  return refreshed(
    await recordConsent({ ...scope, grantId: input.grantId }, input.consentMethod, actorOf(ctx)),
  );
});

export const revokeAccessAction = staffAction(grantSchema, async (input, ctx) => {
  const scope = await clinicProfile(input.profileId);
  if (!scope) return fail("notFound");
  return refreshed(await revokeAccess({ ...scope, grantId: input.grantId }, actorOf(ctx)));
});
