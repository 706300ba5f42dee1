import "server-only";
// The appointment book's use cases. Each takes the acting account and checks
// its role itself (AC-6, wherever it is called from) and that the appointment
// or profile belongs to the clinic, then calls the appointments core
// (lib/appointments/mutations.ts), which does the state change, its audit
// event and its emails in one transaction.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { allow, auditBase, type RequestInfo, type StaffActor } from "@/lib/admin/guard";
import {
  bookAppointment,
  cancelAppointmentAsClinic,
  recordAttendance,
  setClinicNote,
  type Actor,
} from "@/lib/appointments/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { getClinicId } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";
import { appointmentClinicId } from "./data";
import type { SchedulingSettingsInput, StaffBookingInput } from "./schema";

const actorOf = (actor: StaffActor, req: RequestInfo): Actor => ({
  accountId: actor.id,
  role: actor.role,
  ip: req.ip,
  userAgent: req.userAgent,
  requestId: req.requestId,
});

/** Staff of this clinic acting on one of its appointments; anything else answers notFound. */
async function mayTouch(
  actor: StaffActor,
  action: string,
  appointmentId: string,
  req: RequestInfo,
): Promise<boolean> {
  if (!(await allow(actor, action, req))) return false;
  const [clinicId, apptClinic] = await Promise.all([
    getClinicId(),
    appointmentClinicId(appointmentId),
  ]);
  return clinicId !== null && apptClinic === clinicId;
}

export async function cancelAsClinic(
  actor: StaffActor,
  input: { appointmentId: string; reason: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await mayTouch(actor, "appointment.cancel", input.appointmentId, req)))
    return fail("notFound");
  return cancelAppointmentAsClinic(input.appointmentId, input.reason, actorOf(actor, req));
}

export async function markAttendance(
  actor: StaffActor,
  input: { appointmentId: string; outcome: "completed" | "noShow" },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await mayTouch(actor, "appointment.attendance", input.appointmentId, req)))
    return fail("notFound");
  return recordAttendance(input.appointmentId, input.outcome, actorOf(actor, req));
}

export async function saveClinicNote(
  actor: StaffActor,
  input: { appointmentId: string; note: string },
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await mayTouch(actor, "appointment.note", input.appointmentId, req)))
    return fail("notFound");
  return setClinicNote(input.appointmentId, input.note, actorOf(actor, req));
}

/** Books for a patient of the clinic, in a slot the staff grid offers (any active type, online or not). */
export async function bookForPatient(
  actor: StaffActor,
  input: StaffBookingInput,
  req: RequestInfo = {},
): Promise<ActionResult<{ appointmentId: string }>> {
  if (!(await allow(actor, "appointment.book", req))) return fail("notFound");
  const clinicId = await getClinicId();
  const profileId = clinicId ? await authorizeClinicProfile(clinicId, input.profileId) : null;
  if (!profileId) return fail("notFound");
  return bookAppointment(
    {
      profileId,
      practitionerId: input.slot.practitionerId,
      siteId: input.slot.siteId,
      typeId: input.typeId,
      startsAt: input.slot.startsAt,
      reason: input.reason,
    },
    actorOf(actor, req),
    "staff",
  );
}

/** Admins set the clinic's booking rules; every save is audited with the new values. */
export async function saveSchedulingSettings(
  actor: StaffActor,
  input: SchedulingSettingsInput,
  req: RequestInfo = {},
): Promise<ActionResult> {
  if (!(await allow(actor, "scheduling.settings", req, { admin: true }))) return fail("notFound");
  const clinicId = await getClinicId();
  if (!clinicId) return fail("notFound");
  await db().$transaction(async (tx) => {
    await tx.clinic.update({ where: { id: clinicId }, data: input });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "clinic",
        resourceId: clinicId,
        action: "scheduling.settings.update",
        detail: { ...input, reminderLeadHours: input.reminderLeadHours.join(",") },
      },
      tx,
    );
  });
  return ok();
}
