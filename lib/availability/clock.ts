// "HH:MM" ↔ minutes after local midnight. Kept apart from schema.ts so client
// components can use it without bundling zod (whose eval probe the CSP blocks).

/** "HH:MM" → minutes after midnight (00:00–24:00), or null. */
export function parseClock(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
