// Inputs of the patient's communication actions, shared by the forms and the
// actions. Ids are only requests: every action re-checks them (authorizeThread,
// authorizeProfile) before anything.
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { MAX_PATIENT_TEXT, visibleLength } from "./rules";

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

/** What staff write in a thread: not blank, and bounded (a message, not a document). */
export const MAX_CLINIC_TEXT = 5000;

export const staffThreadSchema = z.object({ communicationId: id });

export const staffReplySchema = z.object({
  communicationId: id,
  body: z
    .string()
    .trim()
    .min(1, "required")
    .refine((v) => visibleLength(v) <= MAX_CLINIC_TEXT, "tooLong"),
});

export const THREAD_STATUSES = ["open", "answered", "closed"] as const;

/** The staff inbox's GET filters; anything unknown is no filter. */
export function parseStaffInboxQuery(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
  const status = one(params.status);
  const patient = one(params.patient);
  return {
    status: (THREAD_STATUSES as readonly string[]).includes(status)
      ? (status as (typeof THREAD_STATUSES)[number])
      : undefined,
    patient: patient && patient.length <= 64 ? patient : undefined,
    page: Math.max(1, Math.floor(Number(one(params.page))) || 1),
  };
}
