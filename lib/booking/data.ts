import "server-only";
// The choices a patient is offered while booking online: specialties,
// practitioners (assigned first; one not accepting new patients only to their
// own patients), sites and appointment types. Each step's options are also the
// check of a choice carried in the URL: a forged or stale id is simply not
// among them.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { db } from "@/lib/db/client";

export type NamedOption = { id: string; nameEn: string; nameFr: string };
export type PractitionerOption = {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  assigned: boolean;
  specialties: NamedOption[];
};
export type SiteOption = NamedOption & {
  kind: "physical" | "virtual";
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
};
export type TypeOption = NamedOption & {
  durationMinutes: number;
  descriptionEn: string | null;
  descriptionFr: string | null;
};

const siteSelect = {
  id: true,
  nameEn: true,
  nameFr: true,
  kind: true,
  addressLine: true,
  city: true,
  postalCode: true,
  phone: true,
} as const;
const typeSelect = {
  id: true,
  nameEn: true,
  nameFr: true,
  durationMinutes: true,
  descriptionEn: true,
  descriptionFr: true,
} as const;

/** Specialties with at least one practitioner bookable online. */
export async function listBookableSpecialties(): Promise<NamedOption[]> {
  return db().specialty.findMany({
    where: { practitioners: { some: { practitioner: { active: true, bookableOnline: true } } } },
    orderBy: { nameEn: "asc" },
    select: { id: true, nameEn: true, nameFr: true },
  });
}

/**
 * Practitioners of a specialty this profile may book online, its assigned
 * practitioner first. One not accepting new patients is offered only to a
 * profile assigned to them or already seen by them — the rule
 * bookAppointment applies (lib/appointments/mutations.ts isKnownPatient).
 */
export async function listBookablePractitioners(
  profileId: AuthorizedProfileId,
  specialtyId: string,
): Promise<PractitionerOption[]> {
  const [profile, rows, seen] = await Promise.all([
    db().patientProfile.findUnique({
      where: { id: profileId },
      select: { assignedPractitionerId: true },
    }),
    db().practitioner.findMany({
      where: { active: true, bookableOnline: true, specialties: { some: { specialtyId } } },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        title: true,
        firstName: true,
        lastName: true,
        acceptingNewPatients: true,
        specialties: {
          select: { specialty: { select: { id: true, nameEn: true, nameFr: true } } },
        },
      },
    }),
    db().appointment.findMany({
      where: { profileId, status: { in: ["confirmed", "completed", "booked"] } },
      distinct: ["practitionerId"],
      select: { practitionerId: true },
    }),
  ]);
  const assignedId = profile?.assignedPractitionerId ?? null;
  const known = new Set(seen.map((s) => s.practitionerId));
  return rows
    .filter((p) => p.acceptingNewPatients || p.id === assignedId || known.has(p.id))
    .map((p) => ({
      id: p.id,
      title: p.title,
      firstName: p.firstName,
      lastName: p.lastName,
      assigned: p.id === assignedId,
      specialties: p.specialties.map((s) => s.specialty),
    }))
    .sort((a, b) => Number(b.assigned) - Number(a.assigned));
}

/** The active sites a practitioner works at. */
export async function listPractitionerSites(practitionerId: string): Promise<SiteOption[]> {
  const rows = await db().practitionerSite.findMany({
    where: { practitionerId, site: { active: true } },
    select: { site: { select: siteSelect } },
  });
  return rows.map((r) => r.site).sort((a, b) => a.nameEn.localeCompare(b.nameEn));
}

/** Every active site (emergency booking searches across practitioners). */
export async function listActiveSites(): Promise<SiteOption[]> {
  return db().site.findMany({
    where: { active: true },
    orderBy: { nameEn: "asc" },
    select: siteSelect,
  });
}

/** Regular types bookable online for this specialty and practitioner (a specialty's types, or the practitioner's own). */
export async function listRegularTypes(
  specialtyId: string,
  practitionerId: string,
): Promise<TypeOption[]> {
  return db().appointmentType.findMany({
    where: {
      kind: "regular",
      active: true,
      bookableOnline: true,
      OR: [
        { specialtyId, OR: [{ practitionerId: null }, { practitionerId }] },
        { specialtyId: null, practitionerId },
      ],
    },
    orderBy: { nameEn: "asc" },
    select: typeSelect,
  });
}

/** Emergency types bookable online. */
export async function listEmergencyTypes(): Promise<TypeOption[]> {
  return db().appointmentType.findMany({
    where: { kind: "emergency", active: true, bookableOnline: true },
    orderBy: { durationMinutes: "asc" },
    select: typeSelect,
  });
}

/** Names of the practitioners whose slots a grid shows. */
export async function findPractitionerNames(ids: string[]) {
  if (ids.length === 0) return [];
  return db().practitioner.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, firstName: true, lastName: true },
  });
}

export async function findSite(siteId: string): Promise<SiteOption | null> {
  return db().site.findFirst({ where: { id: siteId, active: true }, select: siteSelect });
}
