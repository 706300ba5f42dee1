import "server-only";
// Loaders of the catalog pages: the session gate first (patients get a 404,
// AC-6), then the clinic's rows. A record of another clinic, or none, is a 404.
import { notFound } from "next/navigation";
import { requireStaffClinic } from "@/lib/auth/gate";
import {
  getAppointmentType,
  getAssignedPractitionerId,
  getPractitioner,
  getSite,
  getSpecialty,
  listAppointmentTypes,
  listPractitionerChoices,
  listPractitioners,
  listSiteChoices,
  listSites,
  listSpecialties,
  listSpecialtyChoices,
} from "./data";

/** The clinic of the staff member asking (lib/auth/gate.ts). */
const staffClinic = async () => (await requireStaffClinic()).clinicId;

function found<T>(row: T | null): T {
  if (!row) notFound();
  return row;
}

export async function loadSites() {
  return listSites(await staffClinic());
}

export async function loadSite(id: string) {
  return found(await getSite(await staffClinic(), id));
}

export async function loadSpecialties() {
  return listSpecialties(await staffClinic());
}

export async function loadSpecialty(id: string) {
  return found(await getSpecialty(await staffClinic(), id));
}

export async function loadPractitioners() {
  return listPractitioners(await staffClinic());
}

/** What the practitioner form offers: the clinic's specialties and active sites (plus `keepSiteIds`, even inactive). */
async function practitionerChoices(clinicId: string, keepSiteIds: string[]) {
  const [specialties, sites] = await Promise.all([
    listSpecialtyChoices(clinicId),
    listSiteChoices(clinicId, keepSiteIds),
  ]);
  return { specialties, sites };
}

export async function loadNewPractitionerForm() {
  return practitionerChoices(await staffClinic(), []);
}

export async function loadPractitionerForm(id: string) {
  const clinicId = await staffClinic();
  const practitioner = found(await getPractitioner(clinicId, id));
  return {
    practitioner,
    ...(await practitionerChoices(
      clinicId,
      practitioner.sites.map((s) => s.id),
    )),
  };
}

export async function loadAppointmentTypes() {
  return listAppointmentTypes(await staffClinic());
}

/** What the appointment type form offers: specialties, and active practitioners (plus `keepPractitionerId`, even inactive). */
async function appointmentTypeChoices(clinicId: string, keepPractitionerId: string | null) {
  const [specialties, practitioners] = await Promise.all([
    listSpecialtyChoices(clinicId),
    listPractitionerChoices(clinicId, keepPractitionerId),
  ]);
  return { specialties, practitioners };
}

export async function loadNewAppointmentTypeForm() {
  return appointmentTypeChoices(await staffClinic(), null);
}

export async function loadAppointmentTypeForm(id: string) {
  const clinicId = await staffClinic();
  const type = found(await getAppointmentType(clinicId, id));
  return { type, ...(await appointmentTypeChoices(clinicId, type.practitioner?.id ?? null)) };
}

/** The patient page's assignment form: the current practitioner and the ones to choose from. */
export async function loadAssignedPractitioner(profileId: string) {
  const clinicId = await staffClinic();
  const current = await getAssignedPractitionerId(clinicId, profileId);
  if (current === undefined) notFound();
  return { current, choices: await listPractitionerChoices(clinicId, current) };
}
