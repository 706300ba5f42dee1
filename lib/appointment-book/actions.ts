"use server";
// Thin server actions of the appointment book and of the scheduling settings:
// the wrapper checks origin, input and the staff role; the use cases check the
// role and the clinic again and audit.
import { refreshed } from "@/lib/actions/refreshed";
import { staffAction } from "@/lib/actions/safe-action";
import {
  bookForPatient,
  cancelAsClinic,
  markAttendance,
  saveClinicNote,
  saveSchedulingSettings,
} from "./mutations";
import {
  attendanceSchema,
  cancelSchema,
  noteSchema,
  schedulingSettingsSchema,
  staffBookingSchema,
} from "./schema";

export const cancelAppointmentAction = staffAction(cancelSchema, async (input, ctx) =>
  refreshed(await cancelAsClinic(ctx.account, input, ctx)),
);
export const attendanceAction = staffAction(attendanceSchema, async (input, ctx) =>
  refreshed(await markAttendance(ctx.account, input, ctx)),
);
export const clinicNoteAction = staffAction(noteSchema, async (input, ctx) =>
  refreshed(await saveClinicNote(ctx.account, input, ctx)),
);
/** On "slotTaken" the page refreshes its grid (the client calls router.refresh()). */
export const staffBookAction = staffAction(staffBookingSchema, async (input, ctx) =>
  refreshed(await bookForPatient(ctx.account, input, ctx)),
);
export const schedulingSettingsAction = staffAction(
  schedulingSettingsSchema,
  async (input, ctx) => refreshed(await saveSchedulingSettings(ctx.account, input, ctx)),
  { admin: true },
);
