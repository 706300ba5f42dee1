import "server-only";
// Reads of the availability screens: a practitioner's weekly blocks and
// exceptions, what the forms offer (their sites, the types in their scope),
// and the active upcoming appointments a change could leave uncovered.
import { db, type DbClient } from "@/lib/db/client";
import type { BlockInput, ExceptionInput } from "@/lib/scheduling/slots";

/** A DATE column read back as a local date. */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
/** A local date stored in a DATE column (UTC midnight, no zone). */
export const dateColumn = (date: string) => new Date(`${date}T00:00:00Z`);

export async function listPractitionerChoices(clinicId: string) {
  return db().practitioner.findMany({
    where: { clinicId },
    orderBy: [{ active: "desc" }, { lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, title: true, firstName: true, lastName: true, active: true },
  });
}

/** The practitioner (of this clinic) with their specialties and sites, or null. */
export async function findPractitioner(
  clinicId: string,
  practitionerId: string,
  client: DbClient = db(),
) {
  return client.practitioner.findFirst({
    where: { id: practitionerId, clinicId },
    select: {
      id: true,
      title: true,
      firstName: true,
      lastName: true,
      active: true,
      specialties: { select: { specialtyId: true } },
      sites: {
        select: { site: { select: { id: true, nameEn: true, nameFr: true, active: true } } },
      },
    },
  });
}

/** Sites a block may name: the practitioner's active sites, or every active site of the clinic when none is set. */
export async function siteChoices(
  clinicId: string,
  practitioner: NonNullable<Awaited<ReturnType<typeof findPractitioner>>>,
) {
  const own = practitioner.sites.map((s) => s.site).filter((s) => s.active);
  if (own.length > 0) return own.sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return db().site.findMany({
    where: { clinicId, active: true },
    orderBy: { nameEn: "asc" },
    select: { id: true, nameEn: true, nameFr: true, active: true },
  });
}

/** Active types in the practitioner's scope: their own, their specialties', and unscoped ones. */
export async function typeChoices(
  clinicId: string,
  practitioner: { id: string; specialties: { specialtyId: string }[] },
) {
  const specialtyIds = practitioner.specialties.map((s) => s.specialtyId);
  return db().appointmentType.findMany({
    where: {
      clinicId,
      active: true,
      OR: [
        { practitionerId: practitioner.id },
        {
          practitionerId: null,
          OR: [{ specialtyId: null }, { specialtyId: { in: specialtyIds } }],
        },
      ],
    },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
    select: { id: true, nameEn: true, nameFr: true, kind: true, durationMinutes: true },
  });
}

/** Types of the clinic by id (those a block keeps after they left the practitioner's scope). */
export async function listTypesById(clinicId: string, ids: string[]) {
  return db().appointmentType.findMany({
    where: { clinicId, id: { in: ids } },
    orderBy: { nameEn: "asc" },
    select: { id: true, nameEn: true, nameFr: true, kind: true, durationMinutes: true },
  });
}

/** Exceptions that are not over yet. */
export async function listExceptions(practitionerId: string, at: Date) {
  const rows = await db().availabilityException.findMany({
    where: { practitionerId, endsAt: { gt: at } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      kind: true,
      siteId: true,
      startsAt: true,
      endsAt: true,
      note: true,
      site: { select: { nameEn: true, nameFr: true } },
      types: { select: { type: { select: { id: true, nameEn: true, nameFr: true } } } },
    },
  });
  return rows.map((e) => ({ ...e, types: e.types.map((t) => t.type) }));
}

/** Everything that makes the practitioner available from `at` on, in the shape slot generation uses. */
export async function findAvailability(
  practitionerId: string,
  at: Date,
  client: DbClient = db(),
): Promise<{ blocks: BlockInput[]; exceptions: (ExceptionInput & { id: string })[] }> {
  const [blocks, exceptions] = await Promise.all([
    client.availabilityBlock.findMany({
      where: { practitionerId },
      select: {
        id: true,
        practitionerId: true,
        siteId: true,
        weekday: true,
        startMinute: true,
        endMinute: true,
        validFrom: true,
        validUntil: true,
        types: { select: { typeId: true } },
      },
    }),
    client.availabilityException.findMany({
      where: { practitionerId, endsAt: { gt: at } },
      select: {
        id: true,
        practitionerId: true,
        siteId: true,
        kind: true,
        startsAt: true,
        endsAt: true,
        types: { select: { typeId: true } },
      },
    }),
  ]);
  const blockInputs: BlockInput[] = blocks.map((b) => ({
    id: b.id,
    practitionerId: b.practitionerId,
    siteId: b.siteId,
    weekday: b.weekday,
    startMinute: b.startMinute,
    endMinute: b.endMinute,
    validFrom: dateOnly(b.validFrom),
    validUntil: b.validUntil ? dateOnly(b.validUntil) : null,
    typeIds: b.types.map((t) => t.typeId),
  }));
  const exceptionInputs: (ExceptionInput & { id: string })[] = exceptions.map(
    ({ types, ...e }) => ({ ...e, typeIds: types.map((t) => t.typeId) }),
  );
  return { blocks: blockInputs, exceptions: exceptionInputs };
}

/** Booked or confirmed appointments of the practitioner that have not started. */
export async function listActiveUpcoming(
  practitionerId: string,
  at: Date,
  client: DbClient = db(),
) {
  return client.appointment.findMany({
    where: { practitionerId, status: { in: ["booked", "confirmed"] }, startsAt: { gt: at } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      practitionerId: true,
      siteId: true,
      typeId: true,
      startsAt: true,
      endsAt: true,
      profile: { select: { firstName: true, lastName: true } },
      type: { select: { nameEn: true, nameFr: true } },
    },
  });
}

/**
 * The week the editor shows for one site: the practitioner's blocks there that
 * have not ended by `today` (ended ones stay as history, untouched).
 */
export async function listWeekBlocks(
  practitionerId: string,
  siteId: string,
  today: string,
  client: DbClient = db(),
) {
  const rows = await client.availabilityBlock.findMany({
    where: {
      practitionerId,
      siteId,
      OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(today) } }],
    },
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
    select: {
      id: true,
      weekday: true,
      startMinute: true,
      endMinute: true,
      validFrom: true,
      validUntil: true,
      types: { select: { typeId: true } },
    },
  });
  return rows.map((b) => ({
    id: b.id,
    weekday: b.weekday,
    start: b.startMinute,
    end: b.endMinute,
    validFrom: dateOnly(b.validFrom),
    validUntil: b.validUntil ? dateOnly(b.validUntil) : null,
    typeIds: b.types.map((t) => t.typeId).sort(),
  }));
}
