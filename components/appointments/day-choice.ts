// Which day the phone view of the grid opens on, and which days can be chosen.
// Pure, kept out of the "use client" file so that it is unit-tested alone.

export type DaySlots = { date: string; morning: unknown[]; afternoon: unknown[] };

export function slotCount(day: DaySlots): number {
  return day.morning.length + day.afternoon.length;
}

/**
 * The day to show: the one chosen if it is in this week and still has a time
 * (a slot taken since, or another week, falls back), otherwise the first day
 * with a time; null when the whole week is empty.
 */
export function shownDay<T extends DaySlots>(days: T[], chosen: string | null): T | null {
  const open = days.filter((d) => slotCount(d) > 0);
  return open.find((d) => d.date === chosen) ?? open[0] ?? null;
}
