/**
 * Across all practitioners (the emergency grid), one slot per time: a large
 * clinic would otherwise show thousands a week. Which practitioner's slot is
 * offered at a time rotates with the time and with the patient (`seed`, their
 * profile id), so patients looking at the grid at the same moment are offered
 * different practitioners' slots and do not all reach for the same one.
 */
export function onePerTime<T extends { startsAt: Date }>(slots: T[], seed: string): T[] {
  let spread = 0;
  for (let i = 0; i < seed.length; i++) spread = (spread * 31 + seed.charCodeAt(i)) % 1_000_003;
  const byTime = new Map<number, T[]>();
  for (const slot of slots) {
    const key = slot.startsAt.getTime();
    const list = byTime.get(key);
    if (list) list.push(slot);
    else byTime.set(key, [slot]);
  }
  return [...byTime.entries()].map(
    ([time, list]) => list[(Math.floor(time / 60_000) + spread) % list.length]!,
  );
}
