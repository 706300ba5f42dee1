// Inputs of the staff screens, shared by the forms and the actions. Messages
// are codes that the forms translate (forms.errors.<code> or admin*.errors.<code>).
import { z } from "zod";
import { emailSchema } from "@/lib/auth/email";
import { MAX_DISCLAIMER, PROVINCES, REGISTRATION_FIELDS, REPLY_RULES } from "./constants";

export { PROVINCES, REGISTRATION_FIELDS };

const id = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "date",
  );
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+()\-. ]*$/, "phone")
  .optional()
  .transform((v) => (v ? v : null));
const phoneType = z
  .enum(["home", "mobile", "office"])
  .or(z.literal(""))
  .optional()
  .transform((v) => (v ? v : null));
const locale = z.enum(["en", "fr"]);

export const addStaffSchema = z.object({
  email: emailSchema,
  role: z.enum(["staff", "admin"]),
  language: locale,
});

export const accountIdSchema = z.object({ accountId: id });
export const staffStatusSchema = z.object({
  accountId: id,
  enabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const lockSchema = z.object({
  profileId: id,
  locked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const profileIdSchema = z.object({ profileId: id });
export const invitationIdSchema = z.object({ invitationId: id });

export const createProfileSchema = z
  .object({
    firstName: text(100).min(1),
    lastName: text(100).min(1),
    dateOfBirth: isoDate.refine((v) => v >= "1900-01-01", "date"),
    sex: z
      .enum(["female", "male", "other"])
      .or(z.literal(""))
      .optional()
      .transform((v) => (v ? v : null)),
    primaryPhone: phone,
    primaryPhoneType: phoneType,
    secondaryPhone: phone,
    secondaryPhoneType: phoneType,
    addressLine: optionalText(200),
    city: optionalText(100),
    province: z
      .enum(PROVINCES)
      .or(z.literal(""))
      .optional()
      .transform((v) => (v ? v : null)),
    postalCode: optionalText(12),
    language: locale,
    email: z
      .string()
      .trim()
      .max(254)
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(emailSchema.optional()),
  })
  .refine((v) => !v.primaryPhone || v.primaryPhoneType, {
    message: "phoneType",
    path: ["primaryPhoneType"],
  })
  .refine((v) => !v.secondaryPhone || v.secondaryPhoneType, {
    message: "phoneType",
    path: ["secondaryPhoneType"],
  });

export type CreateProfileInput = z.output<typeof createProfileSchema>;

export const sendInvitationSchema = z.object({ profileId: id, email: emailSchema });

/** How patients reach the clinic: set up on first run, edited in the settings. */
const clinicContact = {
  name: text(200).min(1),
  phone: text(40)
    .min(1)
    .regex(/^[0-9+()\-. ]*$/, "phone"),
  email: emailSchema,
  addressLine: text(200).min(1),
  city: text(100).min(1),
  province: z.enum(PROVINCES),
  postalCode: text(12).min(1),
};

/** An IANA zone this runtime knows (Intl is what formats every time shown). */
export function isTimeZone(value: string): boolean {
  if (value === "UTC") return true;
  return Intl.supportedValuesOf("timeZone").includes(value);
}

/** What the first admin fills in before anything else in /admin works. */
export const clinicSetupSchema = z.object({
  ...clinicContact,
  timeZone: text(64).refine(isTimeZone, "timeZone"),
  languages: z
    .union([locale, z.array(locale)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .refine((v) => v.length > 0, "languages"),
  clinicCode: text(6).regex(/^\d{6}$/, "clinicCode"),
});

export type ClinicSetupInput = z.output<typeof clinicSetupSchema>;

/** A ticked box sends "on"; an unticked one sends nothing. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

export const settingsSchema = z.object({
  ...clinicContact,
  ageOfConsentOverride: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 10 && v <= 21), "ageRange"),
  mandatoryRegistrationFields: z
    .union([z.enum(REGISTRATION_FIELDS), z.array(z.enum(REGISTRATION_FIELDS))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
  invitationValidityDays: z
    .string()
    .trim()
    .min(1)
    .transform(Number)
    .refine((v) => Number.isInteger(v) && v >= 1 && v <= 90, "validityRange"),
  termsEn: text(50_000).min(1),
  termsFr: text(50_000).min(1),
  publishNewVersion: checkbox,
  messagesEnabled: checkbox,
  documentsEnabled: checkbox,
  billsEnabled: checkbox,
  patientMessagesEnabled: checkbox,
  replyDisclaimerEn: text(MAX_DISCLAIMER),
  replyDisclaimerFr: text(MAX_DISCLAIMER),
  defaultReplyRule: z.enum(REPLY_RULES),
});

export type SettingsInput = z.output<typeof settingsSchema>;
