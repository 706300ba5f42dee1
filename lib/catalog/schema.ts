// Inputs of the scheduling catalog screens (sites, specialties, practitioners,
// appointment types, a patient's assigned practitioner), parsed by the staff
// actions. Messages are codes that the forms translate (adminCatalog.errors.*,
// then forms.errors.*). What the database also refuses (a physical site
// without an address, an emergency type without descriptions, a duration out
// of range) is checked here first, so the user gets a field error, not "unexpected".
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { normalizePhone, normalizePostalCode } from "@/lib/registration/formats";
import { APPOINTMENT_KINDS, DURATION, SITE_KINDS } from "./constants";

const name = z.string().trim().min(1, "required").max(100, "tooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));
/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");
/** A group of checkboxes of one name: none, one or several ids. */
const idList = z
  .union([id, z.array(id).max(100)])
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]));

// ---------------------------------------------------------------- sites

const siteFields = z.object({
  nameEn: name,
  nameFr: name,
  kind: z.enum(SITE_KINDS),
  addressLine: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(10),
  phone: optionalText(30),
  active: checkbox,
});

type SiteFields = z.output<typeof siteFields>;

/** A physical site needs its address; phone and postal code are stored in one Canadian format; a virtual site keeps no address. */
function siteRules<T extends SiteFields>(schema: z.ZodType<T, unknown>) {
  return schema.transform((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    const physical = v.kind === "physical";
    if (physical && !v.addressLine) issue("addressLine", "addressRequired");
    if (physical && !v.city) issue("city", "cityRequired");
    if (physical && !v.postalCode) issue("postalCode", "postalCodeRequired");
    const postalCode = physical && v.postalCode ? normalizePostalCode(v.postalCode) : null;
    if (physical && v.postalCode && !postalCode) issue("postalCode", "postalCode");
    const phone = v.phone ? normalizePhone(v.phone) : null;
    if (v.phone && !phone) issue("phone", "phone");
    return {
      ...v,
      addressLine: physical ? v.addressLine : null,
      city: physical ? v.city : null,
      postalCode,
      phone,
    };
  });
}

export const createSiteSchema = siteRules(siteFields);
export const updateSiteSchema = siteRules(siteFields.extend({ id }));
export type SiteInput = z.output<typeof createSiteSchema>;

// ---------------------------------------------------------------- specialties

const specialtyFields = z.object({ nameEn: name, nameFr: name });
export const createSpecialtySchema = specialtyFields;
export const updateSpecialtySchema = specialtyFields.extend({ id });
export type SpecialtyInput = z.output<typeof createSpecialtySchema>;

// ---------------------------------------------------------------- practitioners

const practitionerFields = z.object({
  title: z
    .string()
    .trim()
    .max(20, "tooLong")
    .optional()
    .transform((v) => v ?? ""),
  firstName: name,
  lastName: name,
  specialtyIds: idList,
  siteIds: idList,
  bookableOnline: checkbox,
  acceptingNewPatients: checkbox,
  active: checkbox,
});
export const createPractitionerSchema = practitionerFields;
export const updatePractitionerSchema = practitionerFields.extend({ id });
export type PractitionerInput = z.output<typeof createPractitionerSchema>;

// ---------------------------------------------------------------- appointment types

const appointmentTypeFields = z.object({
  nameEn: name,
  nameFr: name,
  durationMinutes: z
    .string()
    .trim()
    .min(1, "required")
    .regex(/^\d{1,3}$/, "duration")
    .transform(Number)
    .refine((n) => n >= DURATION.min && n <= DURATION.max && n % DURATION.step === 0, "duration"),
  specialtyId: optionalId,
  practitionerId: optionalId,
  kind: z.enum(APPOINTMENT_KINDS),
  descriptionEn: optionalText(300),
  descriptionFr: optionalText(300),
  bookableOnline: checkbox,
  active: checkbox,
});

type AppointmentTypeFields = z.output<typeof appointmentTypeFields>;

/** A type is scoped to a specialty, a practitioner or both; patients choose an emergency type by its description, in their language. */
function appointmentTypeRules<T extends AppointmentTypeFields>(schema: z.ZodType<T, unknown>) {
  return schema.superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.specialtyId && !v.practitionerId) issue("scope", "scopeRequired");
    if (v.kind === "emergency" && !v.descriptionEn) issue("descriptionEn", "descriptionRequired");
    if (v.kind === "emergency" && !v.descriptionFr) issue("descriptionFr", "descriptionRequired");
  });
}

export const createAppointmentTypeSchema = appointmentTypeRules(appointmentTypeFields);
export const updateAppointmentTypeSchema = appointmentTypeRules(
  appointmentTypeFields.extend({ id }),
);
export type AppointmentTypeInput = z.output<typeof createAppointmentTypeSchema>;

// ---------------------------------------------------------------- a patient's assigned practitioner

export const assignPractitionerSchema = z.object({ profileId: id, practitionerId: optionalId });
