"use server";
import { accountAction } from "@/lib/actions/safe-action";
import { refreshed } from "@/lib/actions/refreshed";
import { editContactSchema } from "@/lib/admin/schema";
import { actorOf } from "@/lib/audit/actor";
import { updateOwnContact } from "./contact";

/** The account's own contact details: the profile is the session's, never one from the form. */
export const updateContactAction = accountAction(editContactSchema, async (input, ctx) =>
  refreshed(await updateOwnContact(ctx.account, actorOf(ctx), input), {
    path: "/[locale]/profile",
    changed: (data) => !!data?.changed.length,
  }),
);
