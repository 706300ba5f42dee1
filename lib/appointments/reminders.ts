import "server-only";
// Appointment reminders at the clinic's lead times (default 72 h and 24 h
// before), with Confirm and Cancel links. Several app instances may run this
// loop on one database: each reminder is CLAIMED by one conditional UPDATE
// (append the lead to remindersSent unless it is already there), so exactly
// one instance sends it, and the claim, the link tokens and the emails commit
// together (a failure sends nothing and the next run tries again).
import { portalUrl } from "@/lib/accounts/emails";
import { now as clockNow } from "@/lib/clock";
import { type Db, db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { log } from "@/lib/log";
import { type PeriodicJob, startPeriodicJob } from "@/lib/ops/periodic";
import { findClinic } from "@/lib/clinic/data";
import { findManagingAccounts } from "@/lib/access/data";
import { findAppointmentView } from "./data";
import { issueAppointmentLinkToken } from "./link-tokens";
import { appointmentEmailDetails } from "./notify";
import { cancelDecision, remindersDue } from "./rules";

const HOUR_MS = 3_600_000;
/** Most appointments looked at per run; the next run (a minute later) takes the rest. */
const BATCH = 500;

/** Sends the reminders due at `at`. Returns how many appointments got one. */
export async function sendDueReminders(
  at: Date = clockNow(),
  client: Db = db(),
): Promise<{ reminded: number }> {
  const settings = await findClinic(client);
  // First run: no clinic, no appointments; the next run looks again.
  if (!settings) return { reminded: 0 };
  const leads = settings.reminderLeadHours.filter((h) => h > 0);
  if (leads.length === 0) return { reminded: 0 };
  // Only the appointments whose latest due reminder is not sent yet (what
  // remindersDue decides): with leads 24 < 72, those starting in (at, at+24h]
  // without 24, and those in (at+24h, at+72h] without 72. Already reminded
  // ones never fill the batch, however busy the clinic. Uses the (status,
  // startsAt) index.
  const sorted = [...new Set(leads)].sort((a, b) => a - b);
  const bands = sorted.map((lead, i) => ({
    startsAt: {
      gt: new Date(at.getTime() + (i === 0 ? 0 : sorted[i - 1]!) * HOUR_MS),
      lte: new Date(at.getTime() + lead * HOUR_MS),
    },
    NOT: { remindersSent: { has: lead } },
  }));
  const candidates = await client.appointment.findMany({
    where: { status: { in: ["booked", "confirmed"] }, OR: bands },
    select: { id: true, startsAt: true, remindersSent: true },
    orderBy: { startsAt: "asc" },
    take: BATCH,
  });

  let reminded = 0;
  for (const appt of candidates) {
    const lead = remindersDue(appt, leads, at);
    if (lead === null) continue;
    const sent = await client.$transaction(async (tx) => {
      // One conditional UPDATE: PostgreSQL re-checks the WHERE on the locked
      // row, so of two instances racing here exactly one counts 1.
      const { count: claimed } = await tx.appointment.updateMany({
        where: {
          id: appt.id,
          status: { in: ["booked", "confirmed"] },
          startsAt: { gt: at },
          NOT: { remindersSent: { has: lead } },
        },
        data: { remindersSent: { push: lead }, updatedAt: at },
      });
      // Another instance claimed it first (or it was just cancelled).
      if (claimed !== 1) return false;
      const view = await findAppointmentView(appt.id, tx);
      if (!view) return false;
      const recipients = await findManagingAccounts(view.profileId, settings.timeZone, tx);
      const confirmed = view.status === "confirmed";
      // Past the online cut-off the email offers no Cancel link: it says to call the clinic.
      const cancel = cancelDecision(view, settings, at);
      for (const account of recipients) {
        const link = async (action: "confirm" | "cancel") =>
          portalUrl(
            account.language,
            `/appointment-link/${await issueAppointmentLinkToken(tx, { appointmentId: view.id, accountId: account.id, action, expiresAt: view.startsAt })}`,
          );
        await enqueueEmail(tx, {
          to: account.email,
          locale: account.language,
          template: "appointment-reminder",
          data: {
            ...appointmentEmailDetails(view, account.language, settings.timeZone),
            confirmed,
            confirmUrl: confirmed ? null : await link("confirm"),
            cancelUrl: cancel.allowed ? await link("cancel") : null,
            cancelUntil: cancel.allowed ? cancel.until.toISOString() : null,
            remindedAt: at.toISOString(),
            clinicNote: view.clinicNote?.slice(0, 2000) || null,
          },
        });
      }
      return true;
    });
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
