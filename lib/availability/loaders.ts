import "server-only";
// Loaders of the availability pages: the session gate first (patients get a
// 404, AC-6), then the clinic's practitioner; another clinic's, or none, is a 404.
import { notFound } from "next/navigation";
import { requireStaffClinic } from "@/lib/auth/gate";
import { now, todayIn } from "@/lib/clock";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import {
  findPractitioner,
  listExceptions,
  listPractitionerChoices,
  listTypesById,
  listWeekBlocks,
  siteChoices,
  typeChoices,
} from "./data";

/** The clinic of the staff member asking (lib/auth/gate.ts). */
const staffClinic = async () => (await requireStaffClinic()).clinicId;

export async function loadAvailabilityIndex() {
  return listPractitionerChoices(await staffClinic());
}

/**
 * One practitioner's week at one site (the first of their sites unless
 * `siteId` names another), their upcoming exceptions, and what the forms offer.
 */
export async function loadPractitionerAvailability(practitionerId: string, siteId?: string) {
  const clinicId = await staffClinic();
  const practitioner = await findPractitioner(clinicId, practitionerId);
  if (!practitioner) notFound();
  const [exceptions, sites, types, settings] = await Promise.all([
    listExceptions(practitioner.id, now()),
    siteChoices(clinicId, practitioner),
    typeChoices(clinicId, practitioner),
    findSchedulingSettings(),
  ]);
  const site = sites.find((s) => s.id === siteId) ?? sites[0] ?? null;
  const today = todayIn(settings.timeZone);
  const week = site ? await listWeekBlocks(practitioner.id, site.id, today) : [];
  // The editor sets one validity for the week: it starts from the earliest, and
  // keeps an end date only when every block shares it.
  const untils = new Set(week.map((b) => b.validUntil));
  // A type no longer in scope stays offered while a block has it, so saving does not drop it silently.
  const kept = week.flatMap((b) => b.typeIds).filter((id) => !types.some((ty) => ty.id === id));
  const keptTypes = kept.length ? await listTypesById(clinicId, [...new Set(kept)]) : [];
  return {
    practitioner: {
      id: practitioner.id,
      title: practitioner.title,
      firstName: practitioner.firstName,
      lastName: practitioner.lastName,
      active: practitioner.active,
    },
    exceptions,
    sites: sites.map((s) => ({ id: s.id, nameEn: s.nameEn, nameFr: s.nameFr })),
    site: site && { id: site.id, nameEn: site.nameEn, nameFr: site.nameFr },
    types: [...types, ...keptTypes],
    week,
    validFrom: week.length ? week.map((b) => b.validFrom).sort()[0]! : today,
    validUntil: untils.size === 1 ? [...untils][0]! : null,
    timeZone: settings.timeZone,
  };
}
