import "server-only";
// What slot generation reads: the clinic's scheduling settings, the blocks and
// exceptions of the practitioners in question, and their active appointments.
// Narrow selects: a whole-clinic search reads thousands of rows.
import type { DbClient } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { BlockInput, BusyInput, ExceptionInput } from "./slots";

export async function findSchedulingSettings(client: DbClient = db()) {
  return client.clinic.findFirstOrThrow({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      phone: true,
      timeZone: true,
      confirmationWindowHours: true,
      cancellationCutoffHours: true,
      minBookingNoticeHours: true,
      maxBookingHorizonDays: true,
      reminderLeadHours: true,
      emergencyBookingEnabled: true,
    },
  });
}
export type SchedulingSettings = Awaited<ReturnType<typeof findSchedulingSettings>>;

export async function findTypeForBooking(typeId: string, client: DbClient = db()) {
  return client.appointmentType.findUnique({
    where: { id: typeId },
    select: { id: true, kind: true, durationMinutes: true, specialtyId: true, practitionerId: true, bookableOnline: true, active: true },
  });
}
export type TypeForBooking = NonNullable<Awaited<ReturnType<typeof findTypeForBooking>>>;

/** Practitioners who may see this type: its practitioner, or those of its specialty (or anyone, for an unscoped type). */
export async function findEligiblePractitionerIds(
  type: TypeForBooking,
  options: { onlineOnly: boolean; practitionerId?: string },
  client: DbClient = db(),
): Promise<string[]> {
  const only = type.practitionerId ?? options.practitionerId;
  if (type.practitionerId && options.practitionerId && type.practitionerId !== options.practitionerId) return [];
  const rows = await client.practitioner.findMany({
    where: {
      active: true,
      ...(options.onlineOnly ? { bookableOnline: true } : {}),
      ...(only ? { id: only } : {}),
      ...(type.specialtyId ? { specialties: { some: { specialtyId: type.specialtyId } } } : {}),
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** Blocks offering the type, exceptions and active appointments of these practitioners in [from, to). */
export async function findSlotInputs(
  input: { typeId: string; practitionerIds: string[]; from: Date; to: Date },
  client: DbClient = db(),
): Promise<{ blocks: BlockInput[]; exceptions: ExceptionInput[]; busy: BusyInput[] }> {
  if (input.practitionerIds.length === 0) return { blocks: [], exceptions: [], busy: [] };
  const practitionerId = { in: input.practitionerIds };
  const [blocks, exceptions, busy] = await Promise.all([
    client.availabilityBlock.findMany({
      where: { practitionerId, types: { some: { typeId: input.typeId } }, site: { active: true } },
      select: { id: true, practitionerId: true, siteId: true, weekday: true, startMinute: true, endMinute: true, validFrom: true, validUntil: true },
    }),
    client.availabilityException.findMany({
      where: { practitionerId, startsAt: { lt: input.to }, endsAt: { gt: input.from } },
      select: { practitionerId: true, siteId: true, kind: true, startsAt: true, endsAt: true },
    }),
    client.appointment.findMany({
      where: { practitionerId, status: { not: "cancelled" }, startsAt: { lt: input.to }, endsAt: { gt: input.from } },
      select: { practitionerId: true, startsAt: true, endsAt: true },
    }),
  ]);
  return {
    // The query asked only for blocks that offer this type.
    blocks: blocks.map((b) => ({ ...b, validFrom: dateOnly(b.validFrom), validUntil: b.validUntil ? dateOnly(b.validUntil) : null, typeIds: [input.typeId] })),
    exceptions,
    busy,
  };
}
