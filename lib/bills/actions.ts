"use server";
// The staff's bill actions. The wrapper checks origin, input and the staff
// role; the profile (or the bill) is then proved to be the clinic's before
// anything is written, and the mutations check the role again.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { fail } from "@/lib/actions/result";
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import { actorOf } from "@/lib/audit/actor";
import { requireStaffClinic } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { enterBill, saveClinicTaxes, setBillStatus } from "./mutations";
import { billSchema, billStatusSchema, clinicTaxesSchema } from "./schema";

export const enterBillAction = staffAction(billSchema, async ({ profileId, ...bill }, ctx) => {
  const { clinicId } = await requireStaffClinic();
  const clinic = await requireClinic();
  if (!clinic.billsEnabled) return fail("featureOff");
  const authorized = await authorizeClinicProfile(clinicId, profileId);
  if (!authorized) return fail("notFound");
  return refreshed(
    await enterBill(
      { clinic: { id: clinicId, timeZone: clinic.timeZone }, profileId: authorized, bill },
      actorOf(ctx),
    ),
  );
});

export const setBillStatusAction = staffAction(billStatusSchema, async (input, ctx) => {
  const { clinicId } = await requireStaffClinic();
  return refreshed(await setBillStatus({ clinicId, ...input }, actorOf(ctx)));
});

export const saveClinicTaxesAction = staffAction(
  clinicTaxesSchema,
  async ({ taxes }, ctx) => {
    const { clinicId } = await requireStaffClinic();
    return refreshed(await saveClinicTaxes(clinicId, taxes, actorOf(ctx)));
  },
  { admin: true },
);
