// The portal's notion of "now", injectable so tests can stand on either side
// of a daylight-saving change, a window or a lapse date.
let override: (() => Date) | undefined;

export function now(): Date {
  return override ? override() : new Date();
}

export function setClockForTests(fn: (() => Date) | undefined) {
  override = fn;
}

/** Today's calendar date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, at: Date = now()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
