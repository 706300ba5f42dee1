"use server";
import { publicAction } from "@/lib/actions/safe-action";
import { fail, ok } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { acceptInvitation } from "./invitations";
import { acceptInvitationSchema } from "./schema";

/** The patient accepts the clinic's invitation: creates their account (then they log in and accept the terms). */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input, ctx) => {
  const outcome = await acceptInvitation(input.token, {
    code: input.code,
    password: input.password,
  });
  await recordAudit({
    actorAccountId: outcome.ok ? outcome.accountId : null,
    actorRole: outcome.ok ? "patient" : null,
    subjectProfileId: outcome.profileId ?? null,
    resourceType: "invitation",
    resourceId: outcome.invitationId ?? null,
    action: "invitation.accept",
    outcome: outcome.ok ? "success" : "failure",
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
    detail: outcome.ok ? undefined : { reason: outcome.reason },
  });
  if (outcome.ok) return ok();
  if (outcome.reason === "wrongCode") return fail("wrongCode", { code: "wrongCode" });
  if (outcome.reason === "commonPassword")
    return fail("commonPassword", { password: "commonPassword" });
  return fail(outcome.reason);
});
