// Inputs of the patient's appointment actions, shared by the forms and the
// actions. Ids are only requests: every action re-checks the profile with
// authorizeProfile and scopes the appointment to it.
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";

import { REASON_MAX } from "./constants";

export const bookSchema = z.object({
  profileId: id,
  practitionerId: id,
  siteId: id,
  typeId: id,
  startsAt: z.iso.datetime({ offset: false }).transform((v) => new Date(v)),
  reason: z
    .string()
    .trim()
    .max(REASON_MAX, "tooLong")
    .optional()
    .transform((v) => v ?? ""),
});

export const appointmentChangeSchema = z.object({
  profileId: id,
  appointmentId: id,
});
