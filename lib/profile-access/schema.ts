// Inputs of the staff's attachment forms, shared by the forms and the actions.
// Messages are codes the forms translate (adminProfileAccess.errors.<code>).
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { CONSENT_METHODS, TABS } from "./constants";

/** Ticked boxes named `tabs` send one value each; at least one is needed. */
const tabs = z
  .union([z.enum(TABS), z.array(z.enum(TABS))])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
  .refine((v) => v.length > 0, "noPermission");

/** No method chosen is "" (the empty option): the use case decides whether consent was needed. */
const optionalMethod = z
  .enum(CONSENT_METHODS)
  .or(z.literal(""))
  .optional()
  .transform((v) => (v ? v : null));

export const accountSearchSchema = z.object({
  profileId: id,
  query: z.string().trim().min(1).max(200),
});

export const attachSchema = z.object({
  profileId: id,
  accountId: id,
  tabs,
  consentMethod: optionalMethod,
});
export type AttachInput = z.output<typeof attachSchema>;

export const permissionsSchema = z.object({ profileId: id, grantId: id, tabs });

export const consentSchema = z.object({
  profileId: id,
  grantId: id,
  consentMethod: z.enum(CONSENT_METHODS, { message: "consentRequired" }),
});

export const grantSchema = z.object({ profileId: id, grantId: id });
