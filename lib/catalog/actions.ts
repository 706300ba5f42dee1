"use server";
// Thin server actions of the scheduling catalog: the wrapper checks origin,
// input and the staff role; the use cases check the role again and audit.
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import {
  assignPractitioner,
  createAppointmentType,
  createPractitioner,
  createSite,
  createSpecialty,
  updateAppointmentType,
  updatePractitioner,
  updateSite,
  updateSpecialty,
} from "./mutations";
import {
  assignPractitionerSchema,
  createAppointmentTypeSchema,
  createPractitionerSchema,
  createSiteSchema,
  createSpecialtySchema,
  updateAppointmentTypeSchema,
  updatePractitionerSchema,
  updateSiteSchema,
  updateSpecialtySchema,
} from "./schema";

export const createSiteAction = staffAction(createSiteSchema, async (input, ctx) =>
  refreshed(await createSite(ctx.account, input, ctx)),
);
export const updateSiteAction = staffAction(updateSiteSchema, async (input, ctx) =>
  refreshed(await updateSite(ctx.account, input, ctx)),
);

export const createSpecialtyAction = staffAction(createSpecialtySchema, async (input, ctx) =>
  refreshed(await createSpecialty(ctx.account, input, ctx)),
);
export const updateSpecialtyAction = staffAction(updateSpecialtySchema, async (input, ctx) =>
  refreshed(await updateSpecialty(ctx.account, input, ctx)),
);

export const createPractitionerAction = staffAction(createPractitionerSchema, async (input, ctx) =>
  refreshed(await createPractitioner(ctx.account, input, ctx)),
);
export const updatePractitionerAction = staffAction(updatePractitionerSchema, async (input, ctx) =>
  refreshed(await updatePractitioner(ctx.account, input, ctx)),
);

export const createAppointmentTypeAction = staffAction(
  createAppointmentTypeSchema,
  async (input, ctx) => refreshed(await createAppointmentType(ctx.account, input, ctx)),
);
export const updateAppointmentTypeAction = staffAction(
  updateAppointmentTypeSchema,
  async (input, ctx) => refreshed(await updateAppointmentType(ctx.account, input, ctx)),
);

export const assignPractitionerAction = staffAction(assignPractitionerSchema, async (input, ctx) =>
  refreshed(await assignPractitioner(ctx.account, input, ctx)),
);
