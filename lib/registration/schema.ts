// The registration form's rules, shared by the browser (live checks, the
// submit button stays disabled until they pass) and the server action (the
// real guard). Errors are codes, translated by the form (forms.errors.* and
// register.errors.*). The common-password list is checked on the server only.
import { z } from "zod";
import { emailSchema, normalizeEmail } from "@/lib/auth/email";
import { unmetPasswordRules } from "@/lib/auth/password-policy";
import { ageOn, isBirthDate, normalizePhone, normalizePostalCode, PROVINCES } from "./formats";

// This schema runs in the browser, where the CSP forbids eval (HD-1): zod's
// JIT probes `new Function` when an object schema is built, which the browser
// reports as a violation. Must run before the first z.object() below.
z.config({ jitless: true });

/** Fields a clinic may make mandatory (Clinic.mandatoryRegistrationFields); "address" means the four address fields. */
export const OPTIONAL_FIELDS = ["sex", "primaryPhone", "secondaryPhone", "address"] as const;
export const ADDRESS_FIELDS = ["addressLine", "city", "province", "postalCode"] as const;

export const SEXES = ["female", "male", "other"] as const;
export const PHONE_TYPES = ["home", "mobile", "office"] as const;

export type RegistrationRules = {
  /** From the clinic's settings; unknown names are ignored. */
  mandatory: readonly string[];
  /** Age of consent for care in the clinic's province (with its override). */
  minAge: number;
  /** Today, YYYY-MM-DD, in the clinic's time zone. */
  today: string;
};

/** Whether a form field shows an asterisk. */
export function isMandatory(field: string, mandatory: readonly string[]): boolean {
  if (
    [
      "email",
      "emailConfirm",
      "password",
      "passwordConfirm",
      "firstName",
      "lastName",
      "dateOfBirth",
    ].includes(field)
  )
    return true;
  if ((ADDRESS_FIELDS as readonly string[]).includes(field)) {
    return mandatory.includes("address") || mandatory.includes(field);
  }
  return mandatory.includes(field);
}

const text = (max: number) => z.string().trim().max(max, "tooLong").default("");

const rawSchema = z.object({
  email: text(254),
  emailConfirm: text(254),
  password: z.string().max(1000, "tooLong").default(""),
  passwordConfirm: z.string().max(1000, "tooLong").default(""),
  firstName: text(100),
  lastName: text(100),
  dateOfBirth: text(10),
  sex: text(10),
  primaryPhone: text(30),
  primaryPhoneType: text(10),
  secondaryPhone: text(30),
  secondaryPhoneType: text(10),
  addressLine: text(200),
  city: text(100),
  province: text(2),
  postalCode: text(10),
  language: text(2),
});

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
// No control characters in names and addresses (they end up in emails).
const clean = (s: string) => /^[^\p{Cc}]*$/u.test(s);

export function registrationSchema(rules: RegistrationRules) {
  return rawSchema
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      const need = (field: string) => isMandatory(field, rules.mandatory);

      if (!v.email) issue("email", "required");
      else if (!emailSchema.safeParse(v.email).success) issue("email", "email");
      if (!v.emailConfirm) issue("emailConfirm", "required");
      else if (normalizeEmail(v.emailConfirm) !== normalizeEmail(v.email))
        issue("emailConfirm", "mismatch");

      if (!v.password) issue("password", "required");
      else if (unmetPasswordRules(v.password).length > 0) issue("password", "passwordPolicy");
      if (!v.passwordConfirm) issue("passwordConfirm", "required");
      else if (v.passwordConfirm !== v.password) issue("passwordConfirm", "mismatch");

      for (const field of ["firstName", "lastName", "addressLine", "city"] as const) {
        if (!v[field]) {
          if (need(field)) issue(field, "required");
        } else if (!clean(v[field])) issue(field, "invalid");
      }

      if (!v.dateOfBirth) issue("dateOfBirth", "required");
      else if (!isBirthDate(v.dateOfBirth, rules.today)) issue("dateOfBirth", "dateOfBirth");
      else if (ageOn(v.dateOfBirth, rules.today) < rules.minAge) issue("dateOfBirth", "underAge");

      if (!v.sex) {
        if (need("sex")) issue("sex", "required");
      } else if (!oneOf(SEXES, v.sex)) issue("sex", "invalid");

      for (const [phone, type] of [
        ["primaryPhone", "primaryPhoneType"],
        ["secondaryPhone", "secondaryPhoneType"],
      ] as const) {
        if (!v[phone]) {
          if (need(phone)) issue(phone, "required");
        } else if (!normalizePhone(v[phone])) issue(phone, "phone");
        else if (!oneOf(PHONE_TYPES, v[type])) issue(type, "required");
      }

      if (!v.province) {
        if (need("province")) issue("province", "required");
      } else if (!oneOf(PROVINCES, v.province)) issue("province", "invalid");
      if (!v.postalCode) {
        if (need("postalCode")) issue("postalCode", "required");
      } else if (!normalizePostalCode(v.postalCode)) issue("postalCode", "postalCode");

      if (!oneOf(["en", "fr"] as const, v.language)) issue("language", "required");
    })
    .transform((v) => ({
      email: normalizeEmail(v.email),
      password: v.password,
      firstName: v.firstName,
      lastName: v.lastName,
      dateOfBirth: v.dateOfBirth,
      sex: oneOf(SEXES, v.sex) ? v.sex : null,
      primaryPhone: v.primaryPhone ? normalizePhone(v.primaryPhone) : null,
      primaryPhoneType:
        v.primaryPhone && oneOf(PHONE_TYPES, v.primaryPhoneType) ? v.primaryPhoneType : null,
      secondaryPhone: v.secondaryPhone ? normalizePhone(v.secondaryPhone) : null,
      secondaryPhoneType:
        v.secondaryPhone && oneOf(PHONE_TYPES, v.secondaryPhoneType) ? v.secondaryPhoneType : null,
      addressLine: v.addressLine || null,
      city: v.city || null,
      province: v.province || null,
      postalCode: v.postalCode ? normalizePostalCode(v.postalCode) : null,
      language: v.language as "en" | "fr",
    }));
}

/** Every field's first error code, e.g. { dateOfBirth: "underAge" }. */
export function registrationErrors(
  rules: RegistrationRules,
  values: Record<string, string>,
): Record<string, string> {
  const result = registrationSchema(rules).safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= /^[a-z][a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}

/** What the server action accepts before the clinic's rules are known: strings only, unknown fields dropped (AC-7). */
export const registrationFormSchema = rawSchema;
