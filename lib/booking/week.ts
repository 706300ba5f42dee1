// The grid's week as the patient reads it: slots grouped by the clinic's
// calendar day and split at local noon. Pure (no database), so that the
// grouping across a daylight-saving change is tested on its own.
import { addDays, type LocalDate, localDateOf, localMinuteOf } from "@/lib/time/zoned";

export type GridSlot = {
  startsAt: string;
  minute: number;
  practitionerId: string;
  practitionerName: string;
};
export type GridDay = { date: LocalDate; morning: GridSlot[]; afternoon: GridSlot[] };

const NOON = 12 * 60;

/**
 * The seven days from `monday`, each with its slots in the given order; a slot
 * outside the week is dropped. Days and noon are the clinic's (`timeZone`),
 * never UTC's nor the server's: 23:30 on a Saturday in Toronto is Sunday in UTC.
 */
export function groupWeek(
  slots: { startsAt: Date; practitionerId: string }[],
  monday: LocalDate,
  timeZone: string,
  names: ReadonlyMap<string, string>,
): GridDay[] {
  const days: GridDay[] = Array.from({ length: 7 }, (_, i) => ({
    date: addDays(monday, i),
    morning: [],
    afternoon: [],
  }));
  for (const slot of slots) {
    const date = localDateOf(slot.startsAt, timeZone);
    const day = days.find((d) => d.date === date);
    if (!day) continue;
    const minute = localMinuteOf(slot.startsAt, timeZone);
    (minute < NOON ? day.morning : day.afternoon).push({
      startsAt: slot.startsAt.toISOString(),
      minute,
      practitionerId: slot.practitionerId,
      practitionerName: names.get(slot.practitionerId) ?? "",
    });
  }
  return days;
}
