"use server";
// Thin server actions of the staff area: the wrapper checks origin, input and
// role; the use cases check the role again and audit (AC-6, AL-2).
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import {
  createPatientProfile,
  resetPatientPassword,
  revokeInvitation,
  sendInvitation,
  setPatientLocked,
} from "./patients";
import {
  accountIdSchema,
  addStaffSchema,
  clinicSetupSchema,
  createProfileSchema,
  editProfileSchema,
  invitationIdSchema,
  lockSchema,
  profileIdSchema,
  sendInvitationSchema,
  settingsSchema,
  staffStatusSchema,
} from "./schema";
import { editPatientProfile } from "./edit-patient";
import { saveSettings } from "./settings";
import { setUpClinic } from "./setup";
import { addStaffMember, resetStaffPassword, setStaffEnabled } from "./staff-accounts";

export const addStaffAction = staffAction(
  addStaffSchema,
  async (input, ctx) => refreshed(await addStaffMember(ctx.account, input, ctx)),
  { admin: true },
);

export const setStaffEnabledAction = staffAction(
  staffStatusSchema,
  async (input, ctx) =>
    refreshed(await setStaffEnabled(ctx.account, input.accountId, input.enabled, ctx)),
  { admin: true },
);

export const resetStaffPasswordAction = staffAction(
  accountIdSchema,
  async (input, ctx) => resetStaffPassword(ctx.account, input.accountId, ctx),
  { admin: true },
);

export const createPatientAction = staffAction(createProfileSchema, async (input, ctx) =>
  refreshed(await createPatientProfile(ctx.account, input, ctx)),
);

/** A save that changed something goes back to the patient's page, which shows the new details. */
export const editPatientAction = staffAction(editProfileSchema, async (input, ctx) => {
  const result = refreshed(await editPatientProfile(ctx.account, input, ctx), {
    changed: (data) => !!data?.changed.length,
  });
  if (result.ok && result.data.changed.length > 0)
    redirect(`/${await getLocale()}/admin/patients/${result.data.profileId}?updated=1`);
  return result;
});

export const sendInvitationAction = staffAction(sendInvitationSchema, async (input, ctx) =>
  refreshed(await sendInvitation(ctx.account, input, ctx)),
);

export const revokeInvitationAction = staffAction(invitationIdSchema, async (input, ctx) =>
  refreshed(await revokeInvitation(ctx.account, input.invitationId, ctx)),
);

export const resetPatientPasswordAction = staffAction(profileIdSchema, async (input, ctx) =>
  resetPatientPassword(ctx.account, input.profileId, ctx),
);

export const setPatientLockedAction = staffAction(lockSchema, async (input, ctx) =>
  refreshed(await setPatientLocked(ctx.account, input.profileId, input.locked, ctx)),
);

export const saveSettingsAction = staffAction(
  settingsSchema,
  async (input, ctx) => refreshed(await saveSettings(ctx.account, input, ctx)),
  { admin: true },
);

/** First run: once the clinic exists, the admin goes on to the overview and its next steps. */
export const setUpClinicAction = staffAction(
  clinicSetupSchema,
  async (input, ctx) => {
    const result = refreshed(await setUpClinic(ctx.account, input, ctx));
    if (result.ok) redirect(`/${await getLocale()}/admin`);
    return result;
  },
  { admin: true },
);
