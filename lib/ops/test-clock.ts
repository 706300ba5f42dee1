import "server-only";
// The e2e server's movable clock (TEST_CLOCK=1, embedded database only): a
// Playwright test stands three days later to see a confirmation window open
// or a cancellation cut-off pass, on the real production build. The time
// moves forward only, as real time does: sessions, throttles and windows all
// read the same now().
import { z } from "zod";
import { sendDueReminders } from "@/lib/appointments/reminders";
import { now, setClockForTests } from "@/lib/clock";

export const testClockSchema = z.strictObject({
  /** Where the clock should stand, or null for the real time again. */
  at: z.iso.datetime().nullable(),
});

/** Sets the clock (keeps running from there) and sends what became due meanwhile, as the reminder loop would on its next turn. */
export async function moveTestClock(at: string | null): Promise<{ now: string; reminded: number }> {
  if (at === null) {
    setClockForTests(undefined);
  } else {
    const offset = new Date(at).getTime() - Date.now();
    setClockForTests(() => new Date(Date.now() + offset));
  }
  const { reminded } = await sendDueReminders(now());
  return { now: now().toISOString(), reminded };
}
