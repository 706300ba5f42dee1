import "server-only";
// What slot generation reads: the clinic's scheduling settings, the blocks and
// exceptions of the practitioners in question, and their active appointments.
// Narrow selects: a whole-clinic search reads thousands of rows.
import type { DbClient } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { dateOnly } from "@/lib/availability/data";
import { type Clinic, findClinic } from "@/lib/clinic/data";
import { loadClinic } from "@/lib/clinic/loaders";
import type { BlockInput, BusySpans, ExceptionInput } from "./slots";

export type SchedulingSettings = Clinic;

/**
 * For requests: every page that books or shows times is behind the setup (the
 * admin layout sends staff there first). Without a client, the clinic the
 * request already read (loadClinic, once per request); a transaction or a job
 * passes its client and reads its own.
 */
export async function findSchedulingSettings(client?: DbClient): Promise<SchedulingSettings> {
  const settings = client ? await findClinic(client) : await loadClinic();
  if (!settings) throw new Error("the clinic is not set up yet");
  return settings;
}

export async function findTypeForBooking(typeId: string, client: DbClient = db()) {
  return client.appointmentType.findUnique({
    where: { id: typeId },
    select: {
      id: true,
      kind: true,
      durationMinutes: true,
      specialtyId: true,
      practitionerId: true,
      bookableOnline: true,
      active: true,
    },
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
  if (
    type.practitionerId &&
    options.practitionerId &&
    type.practitionerId !== options.practitionerId
  )
    return [];
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

/**
 * No visit lasts longer than this (CHECK "AppointmentType_durationMinutes_check":
 * 5–480 minutes). An appointment overlapping [from, to) therefore starts after
 * from − 8 h: saying so lets PostgreSQL scan only that range of the
 * (practitionerId, startsAt) index instead of every past visit (with a year
 * of history, ~60,000 rows read and thrown away per whole-clinic search).
 */
export const MAX_VISIT_MS = 480 * 60_000;

/**
 * The active appointments of these practitioners overlapping [from, to), as
 * one text row per practitioner ("startMs:endMs,…"): a whole-clinic month is
 * ~10,000 visits, and materializing them as Prisma rows cost several times the
 * query itself. Usually in start order already (the index scan), which slot
 * generation checks before sorting. Raw SQL with bound parameters only (no
 * input in the text).
 */
async function findBusy(
  practitionerIds: string[],
  from: Date,
  to: Date,
  client: DbClient,
): Promise<BusySpans> {
  const rows = await client.$queryRaw<{ practitionerId: string; spans: string }[]>`
    SELECT "practitionerId",
           string_agg((extract(epoch FROM "startsAt") * 1000)::bigint || ':' || (extract(epoch FROM "endsAt") * 1000)::bigint, ',') AS spans
    FROM "Appointment"
    WHERE "practitionerId" = ANY(${practitionerIds})
      AND "status" <> 'cancelled'
      AND "startsAt" < ${to} AND "startsAt" > ${new Date(from.getTime() - MAX_VISIT_MS)} AND "endsAt" > ${from}
    GROUP BY "practitionerId"`;
  const busy: BusySpans = new Map();
  for (const row of rows) {
    const starts: number[] = [];
    const ends: number[] = [];
    // "start:end,start:end,…" read in place, without a string per span.
    const text = row.spans;
    let from = 0;
    while (from < text.length) {
      const colon = text.indexOf(":", from);
      let comma = text.indexOf(",", colon);
      if (comma === -1) comma = text.length;
      starts.push(Number(text.slice(from, colon)));
      ends.push(Number(text.slice(colon + 1, comma)));
      from = comma + 1;
    }
    busy.set(row.practitionerId, { starts, ends });
  }
  return busy;
}

/** Blocks offering the type, exceptions and active appointments of these practitioners in [from, to). */
export async function findSlotInputs(
  input: { typeId: string; practitionerIds: string[]; from: Date; to: Date },
  client: DbClient = db(),
): Promise<{ blocks: BlockInput[]; exceptions: ExceptionInput[]; busy: BusySpans }> {
  if (input.practitionerIds.length === 0) return { blocks: [], exceptions: [], busy: new Map() };
  const practitionerId = { in: input.practitionerIds };
  const [blocks, exceptions, busy] = await Promise.all([
    client.availabilityBlock.findMany({
      where: { practitionerId, types: { some: { typeId: input.typeId } }, site: { active: true } },
      select: {
        id: true,
        practitionerId: true,
        siteId: true,
        weekday: true,
        startMinute: true,
        endMinute: true,
        validFrom: true,
        validUntil: true,
      },
    }),
    client.availabilityException.findMany({
      where: { practitionerId, startsAt: { lt: input.to }, endsAt: { gt: input.from } },
      select: {
        practitionerId: true,
        siteId: true,
        kind: true,
        startsAt: true,
        endsAt: true,
        types: { where: { typeId: input.typeId }, select: { typeId: true } },
      },
    }),
    findBusy(input.practitionerIds, input.from, input.to, client),
  ]);
  return {
    // The query asked only for blocks that offer this type.
    blocks: blocks.map((b) => ({
      ...b,
      validFrom: dateOnly(b.validFrom),
      validUntil: b.validUntil ? dateOnly(b.validUntil) : null,
      typeIds: [input.typeId],
    })),
    // Only this type was read: an extra block offers it or nothing here.
    exceptions: exceptions.map(({ types, ...e }) => ({
      ...e,
      typeIds: types.map((t) => t.typeId),
    })),
    busy,
  };
}
