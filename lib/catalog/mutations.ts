import "server-only";
// Changes to the scheduling catalog. Each use case takes the acting account
// and checks its role itself (any staff role may manage the catalog), so a
// refusal holds wherever it is called from (AC-6); every change is scoped to
// the clinic in its WHERE clause and writes one audit event (AL-2). Rows are
// deactivated, never deleted: appointments reference them (onDelete Restrict).
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { allow, auditBase, type RequestInfo, type StaffActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { countOwned, getClinicId, specialtyNameTaken } from "./data";
import type { AppointmentTypeInput, PractitionerInput, SiteInput, SpecialtyInput } from "./schema";

type Created = ActionResult<{ id: string }>;

/** The acting clinic, once the actor is known to be staff; null answers "notFound" like a refusal. */
async function clinicFor(
  actor: StaffActor,
  action: string,
  req: RequestInfo,
): Promise<string | null> {
  if (!(await allow(actor, action, req))) return null;
  return getClinicId();
}

async function audit(
  actor: StaffActor,
  req: RequestInfo,
  resourceType: string,
  resourceId: string,
  action: string,
  detail?: Record<string, string | number | boolean | null>,
) {
  await recordAudit({ ...auditBase(actor, req), resourceType, resourceId, action, detail });
}

// ---------------------------------------------------------------- sites

export async function createSite(
  actor: StaffActor,
  input: SiteInput,
  req: RequestInfo = {},
): Promise<Created> {
  const clinicId = await clinicFor(actor, "site.create", req);
  if (!clinicId) return fail("notFound");
  const site = await db().site.create({ data: { ...input, clinicId }, select: { id: true } });
  await audit(actor, req, "site", site.id, "site.create", {
    kind: input.kind,
    active: input.active,
  });
  return ok({ id: site.id });
}

export async function updateSite(
  actor: StaffActor,
  input: SiteInput & { id: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  const clinicId = await clinicFor(actor, "site.update", req);
  if (!clinicId) return fail("notFound");
  const { id, ...data } = input;
  const result = await db().site.updateMany({ where: { id, clinicId }, data });
  if (result.count === 0) return fail("notFound");
  await audit(actor, req, "site", id, "site.update", { kind: input.kind, active: input.active });
  return ok();
}

// ---------------------------------------------------------------- specialties

const duplicateName = () => fail("invalid", { nameEn: "duplicateName" });

export async function createSpecialty(
  actor: StaffActor,
  input: SpecialtyInput,
  req: RequestInfo = {},
): Promise<Created> {
  const clinicId = await clinicFor(actor, "specialty.create", req);
  if (!clinicId) return fail("notFound");
  if (await specialtyNameTaken(db(), clinicId, input.nameEn)) return duplicateName();
  try {
    const specialty = await db().specialty.create({
      data: { ...input, clinicId },
      select: { id: true },
    });
    await audit(actor, req, "specialty", specialty.id, "specialty.create");
    return ok({ id: specialty.id });
  } catch (error) {
    // Two staff adding the same name at once: the unique index decides.
    if (isUniqueViolation(error)) return duplicateName();
    throw error;
  }
}

export async function updateSpecialty(
  actor: StaffActor,
  input: SpecialtyInput & { id: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  const clinicId = await clinicFor(actor, "specialty.update", req);
  if (!clinicId) return fail("notFound");
  const { id, ...data } = input;
  if (await specialtyNameTaken(db(), clinicId, data.nameEn, id)) return duplicateName();
  try {
    const result = await db().specialty.updateMany({ where: { id, clinicId }, data });
    if (result.count === 0) return fail("notFound");
  } catch (error) {
    if (isUniqueViolation(error)) return duplicateName();
    throw error;
  }
  await audit(actor, req, "specialty", id, "specialty.update");
  return ok();
}

// ---------------------------------------------------------------- practitioners

/** Specialties and sites must be the clinic's own rows: a forged id is refused, not linked. */
async function foreignLinks(
  clinicId: string,
  input: PractitionerInput,
): Promise<Record<string, string> | null> {
  const fields: Record<string, string> = {};
  if (
    (await countOwned(db(), "specialty", clinicId, input.specialtyIds)) !==
    input.specialtyIds.length
  )
    fields.specialtyIds = "unknownChoice";
  if ((await countOwned(db(), "site", clinicId, input.siteIds)) !== input.siteIds.length)
    fields.siteIds = "unknownChoice";
  return Object.keys(fields).length ? fields : null;
}

function practitionerDetail(input: PractitionerInput) {
  return {
    specialties: input.specialtyIds.length,
    sites: input.siteIds.length,
    bookableOnline: input.bookableOnline,
    acceptingNewPatients: input.acceptingNewPatients,
    active: input.active,
  };
}

export async function createPractitioner(
  actor: StaffActor,
  input: PractitionerInput,
  req: RequestInfo = {},
): Promise<Created> {
  const clinicId = await clinicFor(actor, "practitioner.create", req);
  if (!clinicId) return fail("notFound");
  const foreign = await foreignLinks(clinicId, input);
  if (foreign) return fail("invalid", foreign);
  const { specialtyIds, siteIds, ...fields } = input;
  const practitioner = await db().practitioner.create({
    data: {
      ...fields,
      clinicId,
      specialties: { create: specialtyIds.map((specialtyId) => ({ specialtyId })) },
      sites: { create: siteIds.map((siteId) => ({ siteId })) },
    },
    select: { id: true },
  });
  await audit(
    actor,
    req,
    "practitioner",
    practitioner.id,
    "practitioner.create",
    practitionerDetail(input),
  );
  return ok({ id: practitioner.id });
}

export async function updatePractitioner(
  actor: StaffActor,
  input: PractitionerInput & { id: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  const clinicId = await clinicFor(actor, "practitioner.update", req);
  if (!clinicId) return fail("notFound");
  const foreign = await foreignLinks(clinicId, input);
  if (foreign) return fail("invalid", foreign);
  const { id, specialtyIds, siteIds, ...fields } = input;
  const updated = await db().$transaction(async (tx) => {
    const result = await tx.practitioner.updateMany({ where: { id, clinicId }, data: fields });
    if (result.count === 0) return false;
    // The links are replaced as a whole: the form always sends every ticked box.
    await tx.practitionerSpecialty.deleteMany({ where: { practitionerId: id } });
    await tx.practitionerSite.deleteMany({ where: { practitionerId: id } });
    await tx.practitionerSpecialty.createMany({
      data: specialtyIds.map((specialtyId) => ({ practitionerId: id, specialtyId })),
    });
    await tx.practitionerSite.createMany({
      data: siteIds.map((siteId) => ({ practitionerId: id, siteId })),
    });
    return true;
  });
  if (!updated) return fail("notFound");
  await audit(actor, req, "practitioner", id, "practitioner.update", practitionerDetail(input));
  return ok();
}

// ---------------------------------------------------------------- appointment types

async function foreignScope(
  clinicId: string,
  input: AppointmentTypeInput,
): Promise<Record<string, string> | null> {
  const fields: Record<string, string> = {};
  if (
    input.specialtyId &&
    (await countOwned(db(), "specialty", clinicId, [input.specialtyId])) !== 1
  )
    fields.specialtyId = "unknownChoice";
  if (
    input.practitionerId &&
    (await countOwned(db(), "practitioner", clinicId, [input.practitionerId])) !== 1
  )
    fields.practitionerId = "unknownChoice";
  return Object.keys(fields).length ? fields : null;
}

function typeDetail(input: AppointmentTypeInput) {
  return {
    kind: input.kind,
    durationMinutes: input.durationMinutes,
    bookableOnline: input.bookableOnline,
    active: input.active,
  };
}

export async function createAppointmentType(
  actor: StaffActor,
  input: AppointmentTypeInput,
  req: RequestInfo = {},
): Promise<Created> {
  const clinicId = await clinicFor(actor, "appointmentType.create", req);
  if (!clinicId) return fail("notFound");
  const foreign = await foreignScope(clinicId, input);
  if (foreign) return fail("invalid", foreign);
  const type = await db().appointmentType.create({
    data: { ...input, clinicId },
    select: { id: true },
  });
  await audit(actor, req, "appointmentType", type.id, "appointmentType.create", typeDetail(input));
  return ok({ id: type.id });
}

export async function updateAppointmentType(
  actor: StaffActor,
  input: AppointmentTypeInput & { id: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  const clinicId = await clinicFor(actor, "appointmentType.update", req);
  if (!clinicId) return fail("notFound");
  const foreign = await foreignScope(clinicId, input);
  if (foreign) return fail("invalid", foreign);
  const { id, ...data } = input;
  const result = await db().appointmentType.updateMany({ where: { id, clinicId }, data });
  if (result.count === 0) return fail("notFound");
  await audit(actor, req, "appointmentType", id, "appointmentType.update", typeDetail(input));
  return ok();
}

// ---------------------------------------------------------------- a patient's assigned practitioner

/** Sets (or, with null, clears) the practitioner a patient is assigned to; audited against that profile. */
export async function assignPractitioner(
  actor: StaffActor,
  input: { profileId: string; practitionerId: string | null },
  req: RequestInfo = {},
): Promise<ActionResult> {
  const clinicId = await clinicFor(actor, "patients.assignPractitioner", req);
  if (!clinicId) return fail("notFound");
  if (
    input.practitionerId &&
    (await countOwned(db(), "practitioner", clinicId, [input.practitionerId])) !== 1
  ) {
    return fail("invalid", { practitionerId: "unknownChoice" });
  }
  const result = await db().patientProfile.updateMany({
    where: { id: input.profileId, clinicId },
    data: { assignedPractitionerId: input.practitionerId },
  });
  if (result.count === 0) return fail("notFound");
  await recordAudit({
    ...auditBase(actor, req),
    subjectProfileId: input.profileId,
    resourceType: "profile",
    resourceId: input.profileId,
    action: input.practitionerId ? "patients.assignPractitioner" : "patients.unassignPractitioner",
    detail: { practitionerId: input.practitionerId },
  });
  return ok();
}
