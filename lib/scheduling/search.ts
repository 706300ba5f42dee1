import "server-only";
// Slot search: the clinic's rules (minimum notice, horizon, online-only for
// patients, emergency booking switch) around the pure generator in slots.ts.
import { now } from "@/lib/clock";
import type { DbClient } from "@/lib/db/client";
import { addDays, localDateOf, localToUtc, type LocalDate, mondayOf } from "@/lib/time/zoned";
import {
  findEligiblePractitionerIds,
  findSchedulingSettings,
  findSlotInputs,
  findTypeForBooking,
  type SchedulingSettings,
  type TypeForBooking,
} from "./data";
import { generateSlots, type Slot } from "./slots";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Who is looking: patients see only what is bookable online, within notice and horizon; staff see everything from now on. */
export type Audience = "patient" | "staff";

export type SlotSearch = {
  typeId: string;
  practitionerId?: string;
  siteId?: string;
  from: LocalDate;
  days: number;
  audience: Audience;
};

export type SearchContext = {
  settings: SchedulingSettings;
  type: TypeForBooking;
  practitionerIds: string[];
  earliest: Date;
  latest: Date;
};

/** The rules for a search, or null when this audience may not book this type at all. */
export async function searchContext(
  search: Pick<SlotSearch, "typeId" | "practitionerId" | "audience">,
  client?: DbClient,
  at: Date = now(),
): Promise<SearchContext | null> {
  const [settings, type] = await Promise.all([
    findSchedulingSettings(client),
    findTypeForBooking(search.typeId, client),
  ]);
  if (!type || !type.active) return null;
  const patient = search.audience === "patient";
  if (patient && !type.bookableOnline) return null;
  if (patient && type.kind === "emergency" && !settings.emergencyBookingEnabled) return null;
  const practitionerIds = await findEligiblePractitionerIds(
    type,
    { onlineOnly: patient, practitionerId: search.practitionerId },
    client,
  );
  const earliest = patient ? new Date(at.getTime() + settings.minBookingNoticeHours * HOUR_MS) : at;
  const latest = new Date(at.getTime() + (patient ? settings.maxBookingHorizonDays : 366) * DAY_MS);
  return { settings, type, practitionerIds, earliest, latest };
}

/** Slots in `days` local days from `from`, for one practitioner or all eligible ones. */
export async function searchSlots(
  search: SlotSearch,
  client?: DbClient,
  at: Date = now(),
): Promise<Slot[]> {
  const context = await searchContext(search, client, at);
  if (!context) return [];
  return slotsIn(context, search, client);
}

export async function slotsIn(
  context: SearchContext,
  search: Pick<SlotSearch, "siteId" | "from" | "days">,
  client?: DbClient,
): Promise<Slot[]> {
  const { settings, type, practitionerIds } = context;
  if (practitionerIds.length === 0) return [];
  const to = addDays(search.from, search.days);
  // A day of margin on each side: local days do not align with UTC days.
  const fromUtc = new Date(
    (
      localToUtc(search.from, 0, settings.timeZone) ?? new Date(`${search.from}T00:00:00Z`)
    ).getTime() - DAY_MS,
  );
  const toUtc = new Date(
    (localToUtc(to, 0, settings.timeZone) ?? new Date(`${to}T00:00:00Z`)).getTime() + DAY_MS,
  );
  const inputs = await findSlotInputs(
    { typeId: type.id, practitionerIds, from: fromUtc, to: toUtc },
    client,
  );
  return generateSlots(inputs, {
    timeZone: settings.timeZone,
    typeId: type.id,
    durationMinutes: type.durationMinutes,
    from: search.from,
    to,
    earliest: context.earliest,
    latest: context.latest,
    siteId: search.siteId,
    practitionerIds: new Set(practitionerIds),
  });
}

/**
 * "As soon as possible" (or "any time after" a date): the Monday of the first
 * week, on or after `after`, that has a slot — searched four weeks at a time
 * up to the horizon. Null when nothing is open before the horizon.
 */
export async function firstWeekWithSlot(
  search: Omit<SlotSearch, "from" | "days"> & { after: LocalDate },
  client?: DbClient,
  at: Date = now(),
): Promise<LocalDate | null> {
  const context = await searchContext(search, client, at);
  if (!context) return null;
  const lastDay = localDateOf(context.latest, context.settings.timeZone);
  const today = localDateOf(at, context.settings.timeZone);
  let from = search.after > today ? search.after : today;
  while (from <= lastDay) {
    const slots = await slotsIn(context, { siteId: search.siteId, from, days: 28 }, client);
    const first = slots[0];
    if (first) return mondayOf(localDateOf(first.startsAt, context.settings.timeZone));
    from = addDays(from, 28);
  }
  return null;
}
