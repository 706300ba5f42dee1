// The portal's notion of "now", injectable so tests can stand on either side
// of a daylight-saving change, a window or a lapse date.
//
// The override lives on globalThis: Next bundles route handlers, pages and
// instrumentation separately, and a module-level variable would exist once
// per bundle — the e2e test clock (app/api/test/clock) must move all of them.
import { localDateOf } from "@/lib/time/zoned";

const state = globalThis as unknown as { __portalClock?: () => Date };

export function now(): Date {
  return state.__portalClock ? state.__portalClock() : new Date();
}

export function setClockForTests(fn: (() => Date) | undefined) {
  state.__portalClock = fn;
}

/** Today's calendar date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, at: Date = now()): string {
  // A cached formatter: building an Intl.DateTimeFormat costs ~0.2 ms, and
  // every access check and booking asks for today.
  return localDateOf(at, timeZone);
}
