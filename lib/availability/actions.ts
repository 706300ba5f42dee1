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
  removeException,
  replaceWeek,
  type AvailabilityOutcome,
} from "./mutations";
import { extraBlockSchema, removeExceptionSchema, timeOffSchema, weekSchema } from "./schema";

/** Availability changes re-render its pages only once saved (a conflict list saves nothing). */
const refreshedAvailability = <T extends AvailabilityOutcome>(result: ActionResult<T>) =>
  refreshed(result, { path: "/[locale]/admin/availability", changed: (data) => !!data?.saved });

export const saveWeekAction = staffAction(weekSchema, async (input, ctx) =>
  refreshedAvailability(await replaceWeek(ctx.account, input, ctx)),
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
