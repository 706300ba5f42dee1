// The clinic's rules for confirming and cancelling, as pure functions of an
// appointment, the clinic's settings and "now": the portal, the emailed links
// and the staff book all ask these same questions.
import type { AppointmentStatus } from "@/lib/db/enums";

const HOUR_MS = 3_600_000;

export type AppointmentRulesInput = { status: AppointmentStatus; startsAt: Date };
export type ClinicWindows = { confirmationWindowHours: number; cancellationCutoffHours: number };

/** Upcoming and still active (booked or confirmed): the only ones a patient can act on. */
export function isActiveUpcoming(appt: AppointmentRulesInput, at: Date): boolean {
  return (
    (appt.status === "booked" || appt.status === "confirmed") &&
    appt.startsAt.getTime() > at.getTime()
  );
}

export type ConfirmDecision =
  | { allowed: true }
  | { allowed: false; reason: "alreadyConfirmed" | "notActive" | "past" }
  | { allowed: false; reason: "notYet"; opensAt: Date };

/** Confirmation is possible only inside the window before the visit (default: 72 h). */
export function confirmDecision(
  appt: AppointmentRulesInput,
  clinic: ClinicWindows,
  at: Date,
): ConfirmDecision {
  if (appt.status === "confirmed") return { allowed: false, reason: "alreadyConfirmed" };
  if (appt.status !== "booked") return { allowed: false, reason: "notActive" };
  if (appt.startsAt.getTime() <= at.getTime()) return { allowed: false, reason: "past" };
  const opensAt = new Date(appt.startsAt.getTime() - clinic.confirmationWindowHours * HOUR_MS);
  if (at.getTime() < opensAt.getTime()) return { allowed: false, reason: "notYet", opensAt };
  return { allowed: true };
}

/** The last moment the patient can cancel online (default: 48 h before). */
export function cancelDeadline(appt: { startsAt: Date }, clinic: ClinicWindows): Date {
  return new Date(appt.startsAt.getTime() - clinic.cancellationCutoffHours * HOUR_MS);
}

export type CancelDecision =
  | { allowed: true; until: Date }
  | { allowed: false; reason: "notActive" | "past" }
  | { allowed: false; reason: "pastCutoff"; until: Date };

/** Patients cancel online only before the cut-off; after it they call the clinic. */
export function cancelDecision(
  appt: AppointmentRulesInput,
  clinic: ClinicWindows,
  at: Date,
): CancelDecision {
  if (appt.status !== "booked" && appt.status !== "confirmed")
    return { allowed: false, reason: "notActive" };
  if (appt.startsAt.getTime() <= at.getTime()) return { allowed: false, reason: "past" };
  const until = cancelDeadline(appt, clinic);
  if (at.getTime() >= until.getTime()) return { allowed: false, reason: "pastCutoff", until };
  return { allowed: true, until };
}

/** When each reminder is due: `lead` hours before the visit. */
export function reminderDueAt(appt: { startsAt: Date }, leadHours: number): Date {
  return new Date(appt.startsAt.getTime() - leadHours * HOUR_MS);
}

/**
 * The reminders to send now: due, not sent yet, and only the latest due one
 * (a visit booked 20 h ahead gets the 24 h reminder, not the 72 h one too).
 */
export function remindersDue(
  appt: { startsAt: Date; remindersSent: readonly number[] },
  leadHours: readonly number[],
  at: Date,
): number | null {
  const due = leadHours
    .filter(
      (lead) =>
        reminderDueAt(appt, lead).getTime() <= at.getTime() &&
        appt.startsAt.getTime() > at.getTime(),
    )
    .sort((a, b) => a - b);
  const latest = due[0];
  if (latest === undefined || appt.remindersSent.includes(latest)) return null;
  return latest;
}
