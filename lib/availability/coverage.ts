// Is a booked appointment still inside the practitioner's availability? Pure,
// so it is tested with plain data across daylight-saving changes. Staff see
// the appointments a change would leave uncovered before they save it
// (changing availability never silently drops a booked visit).
import type { BlockInput, ExceptionInput } from "@/lib/scheduling/slots";
import { localDateOf, localToUtc, weekdayOf } from "@/lib/time/zoned";

export type Availability = { blocks: readonly BlockInput[]; exceptions: readonly ExceptionInput[] };

export type CoveredAppointment = {
  id: string;
  practitionerId: string;
  siteId: string;
  typeId: string;
  startsAt: Date;
  endsAt: Date;
};

/**
 * True when the appointment lies inside the open time of its practitioner at
 * its site (weekly blocks offering its type on its local date, or one-off
 * extra blocks offering it, touching windows merged) and overlaps no time off (at its site
 * or at every site). Blocks are wall-clock times: 09:00 is 09:00 local on
 * either side of a daylight-saving change.
 */
export function isCovered(
  appt: CoveredAppointment,
  availability: Availability,
  timeZone: string,
): boolean {
  const start = appt.startsAt.getTime();
  const end = appt.endsAt.getTime();
  for (const e of availability.exceptions) {
    if (e.kind !== "timeOff" || e.practitionerId !== appt.practitionerId) continue;
    if (e.siteId !== null && e.siteId !== appt.siteId) continue;
    if (e.startsAt.getTime() < end && e.endsAt.getTime() > start) return false;
  }
  // A visit starts and ends on one local date in practice; look at both to be safe.
  const dates = new Set([
    localDateOf(appt.startsAt, timeZone),
    localDateOf(new Date(end - 1), timeZone),
  ]);
  const windows: [number, number][] = [];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    for (const b of availability.blocks) {
      if (
        b.practitionerId !== appt.practitionerId ||
        b.siteId !== appt.siteId ||
        b.weekday !== weekday
      )
        continue;
      if (
        b.validFrom > date ||
        (b.validUntil !== null && date > b.validUntil) ||
        !b.typeIds.includes(appt.typeId)
      )
        continue;
      const from = localToUtc(date, b.startMinute, timeZone);
      const to = localToUtc(date, b.endMinute, timeZone);
      if (from && to) windows.push([from.getTime(), to.getTime()]);
    }
  }
  for (const e of availability.exceptions) {
    if (
      e.kind === "extra" &&
      e.practitionerId === appt.practitionerId &&
      e.siteId === appt.siteId &&
      e.typeIds.includes(appt.typeId)
    )
      windows.push([e.startsAt.getTime(), e.endsAt.getTime()]);
  }
  // Merge touching windows (08:30–12:00 then 12:00–16:30 covers 11:45–12:15).
  windows.sort((a, b) => a[0] - b[0]);
  let reach: number | null = null;
  let reachStart = 0;
  for (const [s, e] of windows) {
    if (reach === null || s > reach) {
      reachStart = s;
      reach = e;
    } else reach = Math.max(reach, e);
    if (reachStart <= start && reach >= end) return true;
  }
  return false;
}

/**
 * The appointments a change of availability would leave uncovered: covered
 * before, not after. One that was already outside (booked by staff off the
 * grid, or after an earlier "save anyway") is not reported again.
 */
export function lostAppointments<T extends CoveredAppointment>(
  before: Availability,
  after: Availability,
  appointments: readonly T[],
  timeZone: string,
): T[] {
  return appointments.filter(
    (a) => isCovered(a, before, timeZone) && !isCovered(a, after, timeZone),
  );
}
