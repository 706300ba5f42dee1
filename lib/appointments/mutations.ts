import "server-only";
// Booking, confirming and cancelling. Each change is one transaction with its
// audit event and its emails (outbox); each state change is one conditional
// UPDATE, so concurrent requests (two tabs, an emailed link and the portal,
// staff and patient) end in one consistent state. Double booking is refused by
// the database's exclusion constraint, whatever the application checked.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { type Db, db, type DbClient } from "@/lib/db/client";
import { isOverlapViolation, isRetryableConflict } from "@/lib/db/errors";
import { findManagingAccounts } from "@/lib/access/data";
import {
  findSchedulingSettings,
  MAX_VISIT_MS,
  type SchedulingSettings,
} from "@/lib/scheduling/data";
import { type Audience, searchContext, slotsIn } from "@/lib/scheduling/search";
import { localDateOf } from "@/lib/time/zoned";
import { appointmentView, findAppointmentView, findBooker } from "./data";
import {
  appointmentRecipients,
  enqueueAppointmentEmails,
  enqueueReminderEmails,
  type LinkAction,
  notifyAppointment,
} from "./notify";
import { cancelDecision, confirmDecision } from "./rules";

/** Who acts, from the session (or from an emailed link's token), and from where. */
export type { Actor };

export type BookingInput = {
  profileId: AuthorizedProfileId;
  practitionerId: string;
  siteId: string;
  typeId: string;
  startsAt: Date;
  reason: string;
};

// A rush on one slot queues many requests for the pool's connections: the
// booking transaction waits for one longer than Prisma's 2 s default rather than
// throw (P2028, seen with 50 concurrent attempts), so the losers get their clear
// "slotTaken" from the constraint.
const BOOKING_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/** A practitioner not accepting new patients is bookable online only by those already theirs. */
async function isKnownPatient(profileId: string, practitionerId: string, client: DbClient) {
  const [assigned, seen] = await Promise.all([
    client.patientProfile.count({
      where: { id: profileId, assignedPractitionerId: practitionerId },
    }),
    client.appointment.count({
      where: { profileId, practitionerId, status: { in: ["confirmed", "completed", "booked"] } },
    }),
  ]);
  return assigned + seen > 0;
}

/**
 * Books a slot the search offers this audience. Codes: `slotUnavailable` (not
 * a slot, or outside notice/horizon), `slotTaken` (someone else got it first:
 * the grid should be refreshed), `notAcceptingNewPatients`.
 */
export async function bookAppointment(
  input: BookingInput,
  actor: Actor,
  audience: Audience,
): Promise<ActionResult<{ appointmentId: string }>> {
  const at = now();
  const client = db();
  // Round trips, not rows, are a booking's cost: what can be asked at once is.
  const [context, practitioner] = await Promise.all([
    searchContext(
      { typeId: input.typeId, practitionerId: input.practitionerId, audience },
      client,
      at,
    ),
    client.practitioner.findUnique({
      where: { id: input.practitionerId },
      select: { acceptingNewPatients: true },
    }),
  ]);
  if (!context || !practitioner || !context.practitionerIds.includes(input.practitionerId))
    return fail("slotUnavailable");
  const newPatientRule =
    audience === "patient" && context.type.kind === "regular" && !practitioner.acceptingNewPatients;
  // Recompute that day's slots: the time must be one the grid offers, not any time.
  const day = localDateOf(input.startsAt, context.settings.timeZone);
  // The email's recipients are read here, outside the transaction, which then
  // holds its connection (and the new row's place in the exclusion
  // constraint) for its writes only.
  const [known, slots, recipients, booker] = await Promise.all([
    newPatientRule ? isKnownPatient(input.profileId, input.practitionerId, client) : true,
    slotsIn(context, { siteId: input.siteId, from: day, days: 1 }, client),
    appointmentRecipients(input.profileId, context.settings.timeZone, client),
    findBooker(actor.accountId, client),
  ]);
  if (!known) return fail("notAcceptingNewPatients");
  const endsAt = new Date(input.startsAt.getTime() + context.type.durationMinutes * 60_000);
  if (
    !slots.some(
      (s) =>
        s.practitionerId === input.practitionerId &&
        s.startsAt.getTime() === input.startsAt.getTime(),
    )
  ) {
    const busy = await client.appointment.count({
      where: {
        practitionerId: input.practitionerId,
        status: { not: "cancelled" },
        // The lower bound keeps this an index range scan (no visit is longer than MAX_VISIT_MS).
        startsAt: { lt: endsAt, gt: new Date(input.startsAt.getTime() - MAX_VISIT_MS) },
        endsAt: { gt: input.startsAt },
      },
    });
    return fail(busy > 0 ? "slotTaken" : "slotUnavailable");
  }
  // A deadlock among concurrent inserts on the same time aborts one of them
  // (isRetryableConflict): it tries again, and then meets the winner's row as
  // an overlap. Three tries bound the loop.
  for (let attempt = 1; ; attempt++) {
    try {
      const appointment = await db().$transaction(async (tx) => {
        const created = await tx.appointment.create({
          data: {
            profileId: input.profileId,
            practitionerId: input.practitionerId,
            siteId: input.siteId,
            typeId: input.typeId,
            startsAt: input.startsAt,
            endsAt,
            reason: input.reason,
            bookedByAccountId: actor.accountId,
          },
          select: appointmentView,
        });
        await recordAudit(
          {
            ...auditActor(actor),
            subjectProfileId: input.profileId,
            resourceType: "appointment",
            resourceId: created.id,
            action: "book",
            detail: { by: audience },
          },
          tx,
        );
        await enqueueAppointmentEmails(tx, created, "booked", { ...recipients, booker });
        return created;
      }, BOOKING_TRANSACTION);
      return ok({ appointmentId: appointment.id });
    } catch (error) {
      if (isRetryableConflict(error) && attempt < 3) continue;
      if (isOverlapViolation(error) || isRetryableConflict(error)) return fail("slotTaken");
      throw error;
    }
  }
}

function auditActor(actor: Actor) {
  return {
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  };
}

async function loadForChange(appointmentId: string, profileId: string | null, client: DbClient) {
  return client.appointment.findFirst({
    where: { id: appointmentId, ...(profileId ? { profileId } : {}) },
    select: { id: true, profileId: true, status: true, startsAt: true },
  });
}

/** The patient (portal or emailed link) confirms: only inside the confirmation window. Codes: notFound, notYet, alreadyConfirmed, notActive, past. */
export async function confirmAppointment(
  appointmentId: string,
  profileId: AuthorizedProfileId,
  actor: Actor,
  via: "portal" | "email" = "portal",
  client: DbClient = db(),
): Promise<ActionResult> {
  const at = now();
  const settings = await findSchedulingSettings(client);
  const appt = await loadForChange(appointmentId, profileId, client);
  if (!appt) return fail("notFound");
  const decision = confirmDecision(appt, settings, at);
  if (!decision.allowed) return fail(decision.reason);
  return client.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appt.id, profileId, status: "booked", startsAt: { gt: at } },
      data: { status: "confirmed", confirmedAt: at },
    });
    if (count === 0) return fail("notActive");
    await recordAudit(
      {
        ...auditActor(actor),
        subjectProfileId: profileId,
        resourceType: "appointment",
        resourceId: appt.id,
        action: "confirm",
        detail: { via },
      },
      tx,
    );
    return ok();
  });
}

/** The patient cancels: only before the cut-off. Codes: notFound, pastCutoff, notActive, past. */
export async function cancelAppointmentAsPatient(
  appointmentId: string,
  profileId: AuthorizedProfileId,
  actor: Actor,
  via: "portal" | "email" = "portal",
  client: DbClient = db(),
): Promise<ActionResult> {
  const at = now();
  const settings = await findSchedulingSettings(client);
  const appt = await loadForChange(appointmentId, profileId, client);
  if (!appt) return fail("notFound");
  const decision = cancelDecision(appt, settings, at);
  if (!decision.allowed) return fail(decision.reason);
  return client.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: {
        id: appt.id,
        profileId,
        status: { in: ["booked", "confirmed"] },
        startsAt: { gt: new Date(at.getTime() + settings.cancellationCutoffHours * 3_600_000) },
      },
      data: {
        status: "cancelled",
        cancelledAt: at,
        cancelledBy: "patient",
        cancelledByAccountId: actor.accountId,
      },
    });
    if (count === 0) return fail("notActive");
    await tx.appointmentLinkToken.updateMany({
      where: { appointmentId: appt.id, usedAt: null },
      data: { expiresAt: at },
    });
    await recordAudit(
      {
        ...auditActor(actor),
        subjectProfileId: profileId,
        resourceType: "appointment",
        resourceId: appt.id,
        action: "cancel",
        detail: { via },
      },
      tx,
    );
    await notifyAppointment(tx, appt.id, "cancelled");
    return ok();
  });
}

/** Staff cancel at any time before the visit, with a reason the patient sees. */
export async function cancelAppointmentAsClinic(
  appointmentId: string,
  reason: string,
  actor: Actor,
): Promise<ActionResult> {
  const at = now();
  return db().$transaction(async (tx) => {
    const appt = await loadForChange(appointmentId, null, tx);
    if (!appt) return fail("notFound");
    const { count } = await tx.appointment.updateMany({
      where: { id: appt.id, status: { in: ["booked", "confirmed"] } },
      data: {
        status: "cancelled",
        cancelledAt: at,
        cancelledBy: "clinic",
        cancelledByAccountId: actor.accountId,
        cancelReason: reason,
      },
    });
    if (count === 0) return fail("notActive");
    await tx.appointmentLinkToken.updateMany({
      where: { appointmentId: appt.id, usedAt: null },
      data: { expiresAt: at },
    });
    await recordAudit(
      {
        ...auditActor(actor),
        subjectProfileId: appt.profileId,
        resourceType: "appointment",
        resourceId: appt.id,
        action: "cancel",
        detail: { by: "clinic" },
      },
      tx,
    );
    await notifyAppointment(tx, appt.id, "cancelled");
    return ok();
  });
}

/** Staff record how a visit went: completed or no-show (once it has started). */
export async function recordAttendance(
  appointmentId: string,
  outcome: "completed" | "noShow",
  actor: Actor,
): Promise<ActionResult> {
  const at = now();
  return db().$transaction(async (tx) => {
    const appt = await loadForChange(appointmentId, null, tx);
    if (!appt) return fail("notFound");
    if (appt.startsAt.getTime() > at.getTime()) return fail("notStarted");
    const { count } = await tx.appointment.updateMany({
      where: { id: appt.id, status: { in: ["booked", "confirmed", "completed", "noShow"] } },
      data: { status: outcome },
    });
    if (count === 0) return fail("notActive");
    await recordAudit(
      {
        ...auditActor(actor),
        subjectProfileId: appt.profileId,
        resourceType: "appointment",
        resourceId: appt.id,
        action: outcome,
      },
      tx,
    );
    return ok();
  });
}

/** Staff write the note for this visit; the patient reads it in the appointment's details. */
export async function setClinicNote(
  appointmentId: string,
  note: string,
  actor: Actor,
): Promise<ActionResult> {
  const appt = await loadForChange(appointmentId, null, db());
  if (!appt) return fail("notFound");
  await db().$transaction(async (tx) => {
    await tx.appointment.update({
      where: { id: appt.id },
      data: { clinicNote: note.trim() === "" ? null : note.trim() },
    });
    await recordAudit(
      {
        ...auditActor(actor),
        subjectProfileId: appt.profileId,
        resourceType: "appointment",
        resourceId: appt.id,
        action: "note",
      },
      tx,
    );
  });
  return ok();
}

/**
 * Takes an emailed link's token for its one use: one conditional UPDATE
 * (unused, unexpired, its appointment still active and ahead), so of two
 * concurrent uses exactly one wins.
 */
export async function takeLinkToken(tokenId: string, action: LinkAction, at: Date) {
  const { count } = await db().appointmentLinkToken.updateMany({
    where: {
      id: tokenId,
      action,
      usedAt: null,
      expiresAt: { gt: at },
      appointment: { status: { in: ["booked", "confirmed"] }, startsAt: { gt: at } },
    },
    data: { usedAt: at },
  });
  return count === 1;
}

/** Gives a token back after a refused change (only our own use of it). */
export async function releaseLinkToken(tokenId: string, usedAt: Date) {
  await db().appointmentLinkToken.updateMany({
    where: { id: tokenId, usedAt },
    data: { usedAt: null },
  });
}

/**
 * Claims the reminder at `lead` hours of one appointment and queues its
 * emails, in one transaction: the claim, the link tokens and the emails commit
 * together. False when another instance claimed it first (or it was just cancelled).
 */
export async function sendReminder(
  appointmentId: string,
  lead: number,
  at: Date,
  settings: SchedulingSettings,
  client: Db = db(),
): Promise<boolean> {
  return client.$transaction(async (tx) => {
    // One conditional UPDATE: PostgreSQL re-checks the WHERE on the locked
    // row, so of two instances racing here exactly one counts 1.
    const { count: claimed } = await tx.appointment.updateMany({
      where: {
        id: appointmentId,
        status: { in: ["booked", "confirmed"] },
        startsAt: { gt: at },
        NOT: { remindersSent: { has: lead } },
      },
      data: { remindersSent: { push: lead }, updatedAt: at },
    });
    if (claimed !== 1) return false;
    const view = await findAppointmentView(appointmentId, tx);
    if (!view) return false;
    const recipients = await findManagingAccounts(view.profileId, settings.timeZone, tx);
    await enqueueReminderEmails(tx, view, recipients, settings, at);
    return true;
  });
}
