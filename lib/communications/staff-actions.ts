"use server";
// The staff's communication actions. The wrapper checks origin, input and the
// staff role; the thread is then proved to be the clinic's (authorizeStaffThread)
// and the mutations scope every write to it and check the role again.
import { fail } from "@/lib/actions/result";
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import { actorOf } from "@/lib/audit/actor";
import { requireStaffClinic } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { closeThread, reopenThread, replyAsClinic, withdrawCommunication } from "./mutations";
import { staffReplySchema, staffThreadSchema } from "./schema";
import { authorizeStaffThread } from "./staff-loaders";

async function staffThread(communicationId: string) {
  const { clinicId } = await requireStaffClinic();
  return authorizeStaffThread(clinicId, communicationId);
}

export const replyAsClinicAction = staffAction(staffReplySchema, async (input, ctx) => {
  const scope = await staffThread(input.communicationId);
  if (!scope) return fail("notFound");
  const { timeZone } = await requireClinic();
  return refreshed(
    await replyAsClinic(
      {
        clinic: { id: scope.clinicId, timeZone },
        profileId: scope.profileId,
        communicationId: scope.communicationId,
        body: input.body,
      },
      actorOf(ctx),
    ),
  );
});

export const closeThreadAction = staffAction(staffThreadSchema, async (input, ctx) => {
  const scope = await staffThread(input.communicationId);
  if (!scope) return fail("notFound");
  return refreshed(await closeThread(scope, actorOf(ctx)));
});

export const reopenThreadAction = staffAction(staffThreadSchema, async (input, ctx) => {
  const scope = await staffThread(input.communicationId);
  if (!scope) return fail("notFound");
  return refreshed(await reopenThread(scope, actorOf(ctx)));
});

export const withdrawCommunicationAction = staffAction(staffThreadSchema, async (input, ctx) => {
  const scope = await staffThread(input.communicationId);
  if (!scope) return fail("notFound");
  return refreshed(await withdrawCommunication(scope, actorOf(ctx)));
});
