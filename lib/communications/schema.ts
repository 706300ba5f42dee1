// Inputs of the patient's communication actions, shared by the forms and the
// actions. Ids are only requests: every action re-checks them (authorizeThread,
// authorizeProfile) before anything.
import { z } from "zod";
import { MAX_PATIENT_TEXT, visibleLength } from "./rules";

const id = z.string().trim().min(1).max(64);

/** What a patient types: not blank, at most 500 characters as they see them. */
const patientText = z
  .string()
  .trim()
  .min(1, "required")
  .refine((v) => visibleLength(v) <= MAX_PATIENT_TEXT, "tooLong");

/** The clinic's disclaimer must be ticked before sending. */
const disclaimer = z.literal("on", { message: "disclaimer" });

export const replySchema = z.object({
  communicationId: id,
  body: patientText,
  disclaimer,
});

export const startMessageSchema = z.object({
  profileId: id,
  subject: z.string().trim().min(1, "required").max(120, "tooLong"),
  body: patientText,
  disclaimer,
});

/** What staff write: a subject and a text (the patient's 500-character limit is not theirs). */
const staffText = z.string().trim().min(1, "required").max(10_000, "tooLong");

/** The fields of a staff communication (its PDFs travel beside them, checked by content). */
export const composeSchema = z.object({
  subject: z.string().trim().min(1, "required").max(120, "tooLong"),
  body: staffText,
  kind: z.enum(["message", "document"]),
  replyRule: z.enum(["none", "once", "unlimited"]),
});

export const clinicReplySchema = z.object({
  communicationId: id,
  body: staffText,
});
