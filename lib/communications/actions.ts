"use server";
// The patient's communication actions. Ids in the form are only requests: the
// thread is checked with authorizeThread (the permission of its kind), the
// profile with authorizeProfile, and the mutations scope everything to it.
import { authorizeProfile } from "@/lib/access/profile-access";
import { fail } from "@/lib/actions/result";
import { accountAction } from "@/lib/actions/safe-action";
import { actorOf } from "@/lib/audit/actor";
import { requirePatient } from "@/lib/auth/gate";
import { requireClinic } from "@/lib/clinic/loaders";
import { authorizeThread } from "./loaders";
import { replyAsPatient, startPatientMessage } from "./mutations";
import { replySchema, startMessageSchema } from "./schema";

export const replyAction = accountAction(replySchema, async (input, ctx) => {
  // The portal's own gate: terms accepted, a patient account.
  const account = await requirePatient();
  const clinic = await requireClinic();
  const scope = await authorizeThread(account, clinic, input.communicationId);
  if (!scope) return fail("notFound");
  return replyAsPatient(
    { profileId: scope.id, communicationId: input.communicationId, body: input.body },
    actorOf(ctx),
  );
});

export const startMessageAction = accountAction(startMessageSchema, async (input, ctx) => {
  const account = await requirePatient();
  const clinic = await requireClinic();
  if (!clinic.messagesEnabled || !clinic.patientMessagesEnabled) return fail("notAllowed");
  const profileId = await authorizeProfile(account, input.profileId, "messages", clinic.timeZone);
  if (!profileId) return fail("notFound");
  return startPatientMessage(
    { clinicId: clinic.id, profileId, subject: input.subject, body: input.body },
    actorOf(ctx),
  );
});
