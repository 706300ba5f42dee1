// Inputs of the staff screens, shared by the forms and the actions. Messages
// are codes that the forms translate (forms.errors.<code> or admin*.errors.<code>).
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { emailSchema } from "@/lib/auth/email";
import { normalizeHexColor, passesWithWhite } from "@/lib/clinic/brand-color";
import { isBirthDate, normalizePhone, normalizePostalCode } from "@/lib/registration/formats";
import { MAX_DISCLAIMER, PROVINCES, REGISTRATION_FIELDS, REPLY_RULES } from "./constants";

export { PROVINCES, REGISTRATION_FIELDS };

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
// The same rules as the registration form (lib/registration/formats.ts): a
// phone or postal code is accepted as typed and stored in one format.
const phone = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const normalized = normalizePhone(v);
    if (!normalized) ctx.addIssue({ code: "custom", message: "phone" });
    return normalized ?? z.NEVER;
  });
const postalCode = z
  .string()
  .trim()
  .max(12)
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const normalized = normalizePostalCode(v);
    if (!normalized) ctx.addIssue({ code: "custom", message: "postalCode" });
    return normalized ?? z.NEVER;
  });
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

/** A patient's details as staff enter them, on the new-patient and the edit forms. */
const profileFields = {
  firstName: text(100).min(1),
  lastName: text(100).min(1),
  // "Not in the future" needs the clinic's today: the use cases check it.
  dateOfBirth: text(10).refine((v) => isBirthDate(v), "date"),
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
  postalCode,
  language: locale,
};

/** A typed phone needs its type. */
function withPhoneTypes<
  S extends z.ZodType<{
    primaryPhone: string | null;
    primaryPhoneType: string | null;
    secondaryPhone: string | null;
    secondaryPhoneType: string | null;
  }>,
>(schema: S) {
  return schema
    .refine((v) => !v.primaryPhone || v.primaryPhoneType, {
      message: "phoneType",
      path: ["primaryPhoneType"],
    })
    .refine((v) => !v.secondaryPhone || v.secondaryPhoneType, {
      message: "phoneType",
      path: ["secondaryPhoneType"],
    });
}

export const createProfileSchema = withPhoneTypes(
  z.object({
    ...profileFields,
    email: z
      .string()
      .trim()
      .max(254)
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(emailSchema.optional()),
  }),
);

export type CreateProfileInput = z.output<typeof createProfileSchema>;

/** Provincial health card numbers differ by province: letters, digits, spaces and dashes. */
const healthCardNumber = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[A-Za-z0-9 -]{4,20}$/.test(v), "healthCard");

export const editProfileSchema = withPhoneTypes(
  z.object({
    profileId: id,
    // When the form was opened: a save over someone else's later one is refused.
    updatedAt: z.iso.datetime(),
    ...profileFields,
    healthCardNumber,
  }),
);

export type EditProfileInput = z.output<typeof editProfileSchema>;

/** The contact details patients correct themselves on their Profile tab (where the clinic allows it). */
export const CONTACT_FIELDS = [
  "primaryPhone",
  "primaryPhoneType",
  "secondaryPhone",
  "secondaryPhoneType",
  "addressLine",
  "city",
  "province",
  "postalCode",
  "language",
] as const satisfies readonly (keyof typeof profileFields)[];

export const editContactSchema = withPhoneTypes(
  z.object({
    // When the form was opened: a save over a later one (the clinic's) is refused.
    updatedAt: z.iso.datetime(),
    primaryPhone: profileFields.primaryPhone,
    primaryPhoneType: profileFields.primaryPhoneType,
    secondaryPhone: profileFields.secondaryPhone,
    secondaryPhoneType: profileFields.secondaryPhoneType,
    addressLine: profileFields.addressLine,
    city: profileFields.city,
    province: profileFields.province,
    postalCode: profileFields.postalCode,
    language: profileFields.language,
  }),
);

export type EditContactInput = z.output<typeof editContactSchema>;

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
  collectsHealthCard: checkbox,
  patientsEditContact: checkbox,
  replyDisclaimerEn: text(MAX_DISCLAIMER),
  replyDisclaimerFr: text(MAX_DISCLAIMER),
  defaultReplyRule: z.enum(REPLY_RULES),
});

export type SettingsInput = z.output<typeof settingsSchema>;

/**
 * The clinic's primary colour and whether to drop its logo (the logo's bytes
 * travel beside these fields and are checked by content). An empty colour
 * brings back the portal's own.
 */
export const brandSchema = z.object({
  brandColor: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const hex = normalizeHexColor(v);
      if (!hex) ctx.addIssue({ code: "custom", message: "colorFormat" });
      else if (!passesWithWhite(hex)) ctx.addIssue({ code: "custom", message: "lowContrast" });
      return hex ?? z.NEVER;
    }),
  removeLogo: checkbox,
});

export type BrandInput = z.output<typeof brandSchema>;
