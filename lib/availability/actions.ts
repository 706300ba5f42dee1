"use server";
// Thin server actions of the availability screens: the wrapper checks origin,
// input and the staff role; the use cases check the role again, scope to the
// clinic, report conflicts and audit.
import type { ActionResult } from "@/lib/actions/result";
import { refreshed } from "@/lib/actions/refreshed";
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

/** Availability changes re-render its pages only once saved (a conflict list saves nothing). */
const refreshedAvailability = (result: ActionResult<AvailabilityOutcome>) =>
  refreshed(result, { path: "/[locale]/admin/availability", changed: (data) => !!data?.saved });

export const createBlockAction = staffAction(createBlockSchema, async (input, ctx) =>
  refreshedAvailability(await createBlock(ctx.account, input, ctx)),
);
export const updateBlockAction = staffAction(updateBlockSchema, async (input, ctx) =>
  refreshedAvailability(await updateBlock(ctx.account, input, ctx)),
);
export const removeBlockAction = staffAction(removeBlockSchema, async (input, ctx) =>
  refreshedAvailability(await removeBlock(ctx.account, input, ctx)),
);
export const addTimeOffAction = staffAction(timeOffSchema, async (input, ctx) =>
  refreshedAvailability(await addTimeOff(ctx.account, input, ctx)),
);
export const addExtraBlockAction = staffAction(extraBlockSchema, async (input, ctx) =>
  refreshedAvailability(await addExtraBlock(ctx.account, input, ctx)),
);
export const removeExceptionAction = staffAction(removeExceptionSchema, async (input, ctx) =>
  refreshedAvailability(await removeException(ctx.account, input, ctx)),
);
