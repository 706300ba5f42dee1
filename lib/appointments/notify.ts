import "server-only";
// Appointment emails, enqueued in the transaction of the change that causes
// them: to every account that manages the profile (its own account, and the
// accounts holding a live grant with the appointments permission), each in
// its own language, with times in the clinic's time zone.
import type { DbClient } from "@/lib/db/client";

export type AppointmentEvent = "booked" | "cancelled";

export async function notifyAppointment(_tx: DbClient, _appointmentId: string, _event: AppointmentEvent): Promise<void> {
  // Filled in with the appointment email templates (confirmation with .ics, cancellation notice).
}
