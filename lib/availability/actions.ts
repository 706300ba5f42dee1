"use server";
// Thin server actions of the availability screens: the wrapper checks origin,
// input and the staff role; the use cases check the role again, scope to the
// clinic, report conflicts and audit.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { staffAction } from "@/lib/actions/safe-action";
import {
  addExtraBlock,
  addTimeOff,
  createBlock,
  removeBlock,
  removeException,
  updateBlock,
  type AvailabilityOutcome,
} from "./mutations";
import {
  createBlockSchema,
  extraBlockSchema,
  removeBlockSchema,
  removeExceptionSchema,
  timeOffSchema,
  updateBlockSchema,
} from "./schema";

function refreshed(result: ActionResult<AvailabilityOutcome>): ActionResult<AvailabilityOutcome> {
  if (result.ok && result.data?.saved) revalidatePath("/[locale]/admin/availability", "layout");
  return result;
}

export const createBlockAction = staffAction(createBlockSchema, async (input, ctx) =>
  refreshed(await createBlock(ctx.account, input, ctx)),
);
export const updateBlockAction = staffAction(updateBlockSchema, async (input, ctx) =>
  refreshed(await updateBlock(ctx.account, input, ctx)),
);
export const removeBlockAction = staffAction(removeBlockSchema, async (input, ctx) =>
  refreshed(await removeBlock(ctx.account, input, ctx)),
);
export const addTimeOffAction = staffAction(timeOffSchema, async (input, ctx) =>
  refreshed(await addTimeOff(ctx.account, input, ctx)),
);
export const addExtraBlockAction = staffAction(extraBlockSchema, async (input, ctx) =>
  refreshed(await addExtraBlock(ctx.account, input, ctx)),
);
export const removeExceptionAction = staffAction(removeExceptionSchema, async (input, ctx) =>
  refreshed(await removeException(ctx.account, input, ctx)),
);
