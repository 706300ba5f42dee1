import "server-only";
// Loaders of the availability pages: the session gate first (patients get a
// 404, AC-6), then the clinic's practitioner; another clinic's, or none, is a 404.
import { notFound } from "next/navigation";
import { requireStaffClinic } from "@/lib/auth/gate";
import { now } from "@/lib/clock";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import {
  findPractitioner,
  listBlocks,
  listExceptions,
  listPractitionerChoices,
  siteChoices,
  typeChoices,
} from "./data";

/** The clinic of the staff member asking (lib/auth/gate.ts). */
const staffClinic = async () => (await requireStaffClinic()).clinicId;

export async function loadAvailabilityIndex() {
  return listPractitionerChoices(await staffClinic());
}

/** One practitioner's blocks, exceptions and what the forms offer. */
export async function loadPractitionerAvailability(practitionerId: string) {
  const clinicId = await staffClinic();
  const practitioner = await findPractitioner(clinicId, practitionerId);
  if (!practitioner) notFound();
  const [blocks, exceptions, sites, types, settings] = await Promise.all([
    listBlocks(practitioner.id),
    listExceptions(practitioner.id, now()),
    siteChoices(clinicId, practitioner),
    typeChoices(clinicId, practitioner),
    findSchedulingSettings(),
  ]);
  return {
    practitioner: {
      id: practitioner.id,
      title: practitioner.title,
      firstName: practitioner.firstName,
      lastName: practitioner.lastName,
      active: practitioner.active,
    },
    blocks,
    exceptions,
    sites: sites.map((s) => ({ id: s.id, nameEn: s.nameEn, nameFr: s.nameFr })),
    types,
    timeZone: settings.timeZone,
  };
}
