"use server";
import { publicAction } from "@/lib/actions/safe-action";
import { fail, ok } from "@/lib/actions/result";
import { acceptInvitation } from "./invitations";
import { acceptInvitationSchema } from "./schema";

/** The patient accepts the clinic's invitation: creates their account (then they log in and accept the terms). */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input, ctx) => {
  const result = await acceptInvitation(
    input.token,
    { code: input.code, password: input.password },
    ctx,
  );
  if (result.ok) return ok();
  if (result.code === "wrongCode") return fail("wrongCode", { code: "wrongCode" });
  if (result.code === "commonPassword")
    return fail("commonPassword", { password: "commonPassword" });
  return fail(result.code);
});
