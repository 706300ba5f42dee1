import "server-only";
// Appointment reminders at the clinic's lead times (default 72 h and 24 h
// before), with Confirm and Cancel links. Several app instances may run this
// loop on one database: each reminder is CLAIMED by one conditional UPDATE
// (append the lead to remindersSent unless it is already there), so exactly
// one instance sends it, and the claim, the link tokens and the emails commit
// together (a failure sends nothing and the next run tries again).
import { now as clockNow } from "@/lib/clock";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { type PeriodicJob, startPeriodicJob } from "@/lib/ops/periodic";
import { findClinic } from "@/lib/clinic/data";
import { listReminderCandidates } from "./data";
import { sendReminder } from "./mutations";
import { remindersDue } from "./rules";

/** Most appointments looked at per run; the next run (a minute later) takes the rest. */
const BATCH = 500;

/** Sends the reminders due at `at`. Returns how many appointments got one. */
export async function sendDueReminders(
  at: Date = clockNow(),
  client?: Db,
): Promise<{ reminded: number }> {
  const settings = await findClinic(client);
  // First run: no clinic, no appointments; the next run looks again.
  if (!settings) return { reminded: 0 };
  const leads = settings.reminderLeadHours.filter((h) => h > 0);
  if (leads.length === 0) return { reminded: 0 };
  const candidates = await listReminderCandidates(at, leads, BATCH, client);
  let reminded = 0;
  for (const appt of candidates) {
    const lead = remindersDue(appt, leads, at);
    if (lead === null) continue;
    const sent = await sendReminder(appt.id, lead, at, settings, client);
    if (sent) reminded += 1;
  }
  return { reminded };
}

export type ReminderWorker = PeriodicJob;

/**
 * Runs `sendDueReminders` at once, then every `intervalMs`. Runs never
 * overlap within a process (and the claim keeps instances apart). `stop()`
 * resolves when the run in flight has finished: call it on shutdown.
 */
export function startReminderWorker({ intervalMs }: { intervalMs: number }): ReminderWorker {
  return startPeriodicJob(
    "appointment-reminders",
    async () => {
      const { reminded } = await sendDueReminders();
      if (reminded > 0) log.info("appointment reminders queued", { reminded });
      return intervalMs;
    },
    intervalMs,
  );
}
