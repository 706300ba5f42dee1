"use server";
// The patient's appointment actions. The profile id in the form is only a
// request: each action passes it through authorizeProfile (appointments tab)
// before anything, and the mutations scope the appointment to that profile,
// so a forged profile or appointment id changes nothing (AC-1..AC-3).
import { authorizeProfile } from "@/lib/access/profile-access";
import { accountAction } from "@/lib/actions/safe-action";
import { fail } from "@/lib/actions/result";
import { requirePatient, type SessionAccount } from "@/lib/auth/gate";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import { actorOf } from "@/lib/audit/actor";
import { bookAppointment, cancelAppointmentAsPatient, confirmAppointment } from "./mutations";
import { appointmentChangeSchema, bookSchema } from "./schema";

async function authorized(account: SessionAccount, profileId: string) {
  // The same gate as the portal's pages: a patient who has not accepted the
  // clinic's current terms is sent to them before anything else.
  await requirePatient();
  const { timeZone } = await findSchedulingSettings();
  return authorizeProfile(account, profileId, "appointments", timeZone);
}

export const bookAppointmentAction = accountAction(bookSchema, async (input, ctx) => {
  const profileId = await authorized(ctx.account, input.profileId);
  if (!profileId) return fail("notFound");
  return bookAppointment(
    {
      profileId,
      practitionerId: input.practitionerId,
      siteId: input.siteId,
      typeId: input.typeId,
      startsAt: input.startsAt,
      reason: input.reason,
    },
    actorOf(ctx),
    "patient",
  );
});

export const confirmAppointmentAction = accountAction(
  appointmentChangeSchema,
  async (input, ctx) => {
    const profileId = await authorized(ctx.account, input.profileId);
    if (!profileId) return fail("notFound");
    return confirmAppointment(input.appointmentId, profileId, actorOf(ctx), "portal");
  },
);

export const cancelAppointmentAction = accountAction(
  appointmentChangeSchema,
  async (input, ctx) => {
    const profileId = await authorized(ctx.account, input.profileId);
    if (!profileId) return fail("notFound");
    return cancelAppointmentAsPatient(input.appointmentId, profileId, actorOf(ctx), "portal");
  },
);
