import "server-only";
// Reads of the scheduling catalog, always within the clinic (one deployment,
// one clinic: the first row). Every function selects its fields and returns
// plain objects; both language names travel, the page picks one.
import { findClinic } from "@/lib/clinic/data";
import { db, type DbClient } from "@/lib/db/client";

/** The clinic this deployment serves, or null on an empty database. */
export async function getClinicId(client: DbClient = db()): Promise<string | null> {
  return (await findClinic(client))?.id ?? null;
}

const siteSelect = {
  id: true,
  nameEn: true,
  nameFr: true,
  kind: true,
  addressLine: true,
  city: true,
  postalCode: true,
  phone: true,
  active: true,
} as const;

export async function listSites(clinicId: string) {
  return db().site.findMany({
    where: { clinicId },
    orderBy: [{ active: "desc" }, { nameEn: "asc" }, { id: "asc" }],
    select: siteSelect,
  });
}

export async function getSite(clinicId: string, id: string) {
  return db().site.findFirst({ where: { id, clinicId }, select: siteSelect });
}

const specialtySelect = {
  id: true,
  nameEn: true,
  nameFr: true,
  _count: { select: { practitioners: true, appointmentTypes: true } },
} as const;

export async function listSpecialties(clinicId: string) {
  const rows = await db().specialty.findMany({
    where: { clinicId },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: specialtySelect,
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    practitioners: _count.practitioners,
    appointmentTypes: _count.appointmentTypes,
  }));
}

export async function getSpecialty(clinicId: string, id: string) {
  return db().specialty.findFirst({
    where: { id, clinicId },
    select: { id: true, nameEn: true, nameFr: true },
  });
}

/** Whether another specialty of the clinic already has this English name, whatever its case. */
export async function specialtyNameTaken(
  client: DbClient,
  clinicId: string,
  nameEn: string,
  exceptId?: string,
): Promise<boolean> {
  const found = await client.specialty.findFirst({
    where: {
      clinicId,
      nameEn: { equals: nameEn, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  return found !== null;
}

const practitionerSelect = {
  id: true,
  title: true,
  firstName: true,
  lastName: true,
  bookableOnline: true,
  acceptingNewPatients: true,
  active: true,
  specialties: { select: { specialty: { select: { id: true, nameEn: true, nameFr: true } } } },
  sites: { select: { site: { select: { id: true, nameEn: true, nameFr: true } } } },
} as const;

type PractitionerRecord = {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  bookableOnline: boolean;
  acceptingNewPatients: boolean;
  active: boolean;
  specialties: { specialty: { id: string; nameEn: string; nameFr: string } }[];
  sites: { site: { id: string; nameEn: string; nameFr: string } }[];
};

const byNameEn = (a: { nameEn: string }, b: { nameEn: string }) => a.nameEn.localeCompare(b.nameEn);

function practitionerDto(row: PractitionerRecord) {
  const { specialties, sites, ...rest } = row;
  return {
    ...rest,
    specialties: specialties.map((s) => s.specialty).sort(byNameEn),
    sites: sites.map((s) => s.site).sort(byNameEn),
  };
}

export async function listPractitioners(clinicId: string) {
  const rows = await db().practitioner.findMany({
    where: { clinicId },
    orderBy: [{ active: "desc" }, { lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: practitionerSelect,
  });
  return rows.map(practitionerDto);
}

export async function getPractitioner(clinicId: string, id: string) {
  const row = await db().practitioner.findFirst({
    where: { id, clinicId },
    select: practitionerSelect,
  });
  return row ? practitionerDto(row) : null;
}

/** Practitioners to choose from in a form: the active ones, plus `keepId` (the current choice) even if inactive. */
export async function listPractitionerChoices(clinicId: string, keepId?: string | null) {
  return db().practitioner.findMany({
    where: { clinicId, OR: [{ active: true }, ...(keepId ? [{ id: keepId }] : [])] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, title: true, firstName: true, lastName: true, active: true },
  });
}
export type PractitionerChoice = Awaited<ReturnType<typeof listPractitionerChoices>>[number];

export async function listSiteChoices(clinicId: string, keepIds: string[] = []) {
  return db().site.findMany({
    where: { clinicId, OR: [{ active: true }, { id: { in: keepIds } }] },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { id: true, nameEn: true, nameFr: true, active: true },
  });
}

export async function listSpecialtyChoices(clinicId: string) {
  return db().specialty.findMany({
    where: { clinicId },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { id: true, nameEn: true, nameFr: true },
  });
}

const appointmentTypeSelect = {
  id: true,
  nameEn: true,
  nameFr: true,
  descriptionEn: true,
  descriptionFr: true,
  durationMinutes: true,
  kind: true,
  bookableOnline: true,
  active: true,
  specialty: { select: { id: true, nameEn: true, nameFr: true } },
  practitioner: { select: { id: true, title: true, firstName: true, lastName: true } },
} as const;

export async function listAppointmentTypes(clinicId: string) {
  return db().appointmentType.findMany({
    where: { clinicId },
    orderBy: [{ active: "desc" }, { kind: "asc" }, { nameEn: "asc" }, { id: "asc" }],
    select: appointmentTypeSelect,
  });
}

export async function getAppointmentType(clinicId: string, id: string) {
  return db().appointmentType.findFirst({ where: { id, clinicId }, select: appointmentTypeSelect });
}

/** How many of `ids` are rows of this clinic (a forged or foreign id makes it smaller). */
export async function countOwned(
  client: DbClient,
  model: "site" | "specialty" | "practitioner",
  clinicId: string,
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const where = { clinicId, id: { in: ids } };
  if (model === "site") return client.site.count({ where });
  if (model === "specialty") return client.specialty.count({ where });
  return client.practitioner.count({ where });
}

/** The profile's assigned practitioner (id only), or undefined when the profile is not the clinic's. */
export async function getAssignedPractitionerId(
  clinicId: string,
  profileId: string,
): Promise<string | null | undefined> {
  const row = await db().patientProfile.findFirst({
    where: { id: profileId, clinicId },
    select: { assignedPractitionerId: true },
  });
  return row ? row.assignedPractitionerId : undefined;
}
