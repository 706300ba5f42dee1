import "server-only";
// Changes to a practitioner's availability. Each use case takes the acting
// account and checks its role itself (AC-6), scopes the practitioner, site and
// types to the clinic, and writes one audit event (AL-2). A change that would
// leave booked appointments outside every availability (a block changed or
// removed, time off added, an extra block removed) is not saved until the
// staff member has seen them: the first call answers the list, the second,
// acknowledged, saves — and the appointments stay booked.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { allow, auditBase, type RequestInfo, type StaffActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/mutations";
import { getClinicId } from "@/lib/catalog/data";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import type { BlockInput, ExceptionInput } from "@/lib/scheduling/slots";
import { localToUtc } from "@/lib/time/zoned";
import { lostAppointments, type Availability } from "./coverage";
import {
  dateColumn,
  findAvailability,
  findPractitioner,
  listActiveUpcoming,
  siteChoices,
  typeChoices,
} from "./data";
import type { BlockFormInput, ExtraBlockInput, TimeOffInput } from "./schema";

/** An appointment a change would leave uncovered, as the confirmation step lists it. */
export type Conflict = {
  id: string;
  startsAt: string;
  endsAt: string;
  patientName: string;
  typeEn: string;
  typeFr: string;
};

/** `saved: false` with conflicts: nothing was written; submit again with `acknowledge` to save anyway. */
export type AvailabilityOutcome = { saved: boolean; conflicts: Conflict[] };
type Result = ActionResult<AvailabilityOutcome>;

type Current = Awaited<ReturnType<typeof findAvailability>>;
type Scope = {
  clinicId: string;
  timeZone: string;
  practitioner: NonNullable<Awaited<ReturnType<typeof findPractitioner>>>;
};

async function scope(
  actor: StaffActor,
  action: string,
  practitionerId: string,
  req: RequestInfo,
): Promise<Scope | null> {
  if (!(await allow(actor, action, req))) return null;
  const clinicId = await getClinicId();
  if (!clinicId) return null;
  const practitioner = await findPractitioner(clinicId, practitionerId);
  if (!practitioner) return null;
  const { timeZone } = await findSchedulingSettings();
  return { clinicId, timeZone, practitioner };
}

/** The booked appointments that `change` would leave uncovered. */
async function conflictsOf(
  s: Scope,
  change: (current: Current) => Availability,
): Promise<Conflict[]> {
  const at = now();
  const [current, appointments] = await Promise.all([
    findAvailability(s.practitioner.id, at),
    listActiveUpcoming(s.practitioner.id, at),
  ]);
  return lostAppointments(current, change(current), appointments, s.timeZone).map((a) => ({
    id: a.id,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    patientName: `${a.profile.firstName} ${a.profile.lastName}`,
    typeEn: a.type.nameEn,
    typeFr: a.type.nameFr,
  }));
}

const stop = (conflicts: Conflict[]): Result => ok({ saved: false, conflicts });
const saved = (conflicts: Conflict[] = []): Result => ok({ saved: true, conflicts });

/** The site must be one the form offers and every type in the practitioner's scope. */
async function checkBlockChoices(
  s: Scope,
  siteId: string,
  typeIds: string[],
  keepTypeIds: string[] = [],
): Promise<Record<string, string> | null> {
  const [sites, types] = await Promise.all([
    siteChoices(s.clinicId, s.practitioner),
    typeChoices(s.clinicId, s.practitioner),
  ]);
  const fields: Record<string, string> = {};
  if (!sites.some((site) => site.id === siteId)) fields.siteId = "invalid";
  // An edit may keep a type the block already has, even if it left the practitioner's scope since.
  const allowed = new Set([...types.map((t) => t.id), ...keepTypeIds]);
  if (typeIds.some((t) => !allowed.has(t))) fields.typeIds = "typeOutOfScope";
  return Object.keys(fields).length ? fields : null;
}

const blockDetail = (input: BlockFormInput) => ({
  siteId: input.siteId,
  weekday: input.weekday,
  startMinute: input.start,
  endMinute: input.end,
  validFrom: input.validFrom,
  validUntil: input.validUntil,
  types: input.typeIds.length,
});

function asBlock(input: BlockFormInput, id?: string): BlockInput {
  return {
    id,
    practitionerId: input.practitionerId,
    siteId: input.siteId,
    weekday: input.weekday,
    startMinute: input.start,
    endMinute: input.end,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    typeIds: input.typeIds,
  };
}

export async function createBlock(
  actor: StaffActor,
  input: BlockFormInput,
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.block.create", input.practitionerId, req);
  if (!s) return fail("notFound");
  const wrong = await checkBlockChoices(s, input.siteId, input.typeIds);
  if (wrong) return fail("invalid", wrong);
  // Adding open time never leaves an appointment outside: no conflict step.
  await db().$transaction(async (tx) => {
    const created = await tx.availabilityBlock.create({
      data: {
        practitionerId: input.practitionerId,
        siteId: input.siteId,
        weekday: input.weekday,
        startMinute: input.start,
        endMinute: input.end,
        validFrom: dateColumn(input.validFrom),
        validUntil: input.validUntil ? dateColumn(input.validUntil) : null,
        types: { create: input.typeIds.map((typeId) => ({ typeId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityBlock",
        resourceId: created.id,
        action: "availability.block.create",
        detail: { practitionerId: input.practitionerId, ...blockDetail(input) },
      },
      tx,
    );
  });
  return saved();
}

export async function updateBlock(
  actor: StaffActor,
  input: BlockFormInput & { id: string },
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.block.update", input.practitionerId, req);
  if (!s) return fail("notFound");
  const existing = await db().availabilityBlock.findFirst({
    where: { id: input.id, practitionerId: s.practitioner.id },
    select: { id: true, types: { select: { typeId: true } } },
  });
  if (!existing) return fail("notFound");
  const wrong = await checkBlockChoices(
    s,
    input.siteId,
    input.typeIds,
    existing.types.map((t) => t.typeId),
  );
  if (wrong) return fail("invalid", wrong);
  const conflicts = await conflictsOf(s, (c) => ({
    ...c,
    blocks: c.blocks.map((b) => (b.id === input.id ? asBlock(input, input.id) : b)),
  }));
  if (conflicts.length > 0 && !input.acknowledge) return stop(conflicts);
  await db().$transaction(async (tx) => {
    await tx.availabilityBlock.update({
      where: { id: input.id },
      data: {
        siteId: input.siteId,
        weekday: input.weekday,
        startMinute: input.start,
        endMinute: input.end,
        validFrom: dateColumn(input.validFrom),
        validUntil: input.validUntil ? dateColumn(input.validUntil) : null,
        types: { deleteMany: {}, create: input.typeIds.map((typeId) => ({ typeId })) },
      },
    });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityBlock",
        resourceId: input.id,
        action: "availability.block.update",
        detail: {
          practitionerId: input.practitionerId,
          ...blockDetail(input),
          uncoveredAppointments: conflicts.length,
        },
      },
      tx,
    );
  });
  return saved(conflicts);
}

export async function removeBlock(
  actor: StaffActor,
  input: { id: string; practitionerId: string; acknowledge: boolean },
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.block.remove", input.practitionerId, req);
  if (!s) return fail("notFound");
  const existing = await db().availabilityBlock.findFirst({
    where: { id: input.id, practitionerId: s.practitioner.id },
    select: { id: true },
  });
  if (!existing) return fail("notFound");
  const conflicts = await conflictsOf(s, (c) => ({
    ...c,
    blocks: c.blocks.filter((b) => b.id !== input.id),
  }));
  if (conflicts.length > 0 && !input.acknowledge) return stop(conflicts);
  await db().$transaction(async (tx) => {
    await tx.availabilityBlock.delete({ where: { id: input.id } });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityBlock",
        resourceId: input.id,
        action: "availability.block.remove",
        detail: { practitionerId: input.practitionerId, uncoveredAppointments: conflicts.length },
      },
      tx,
    );
  });
  return saved(conflicts);
}

/** A local date-time of the form → UTC, or null inside the skipped spring hour. */
function instant(value: { date: string; minute: number }, timeZone: string): Date | null {
  return localToUtc(value.date, value.minute, timeZone);
}

export async function addTimeOff(
  actor: StaffActor,
  input: TimeOffInput,
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.timeOff.create", input.practitionerId, req);
  if (!s) return fail("notFound");
  const startsAt = instant(input.from, s.timeZone);
  const endsAt = instant(input.until, s.timeZone);
  if (!startsAt || !endsAt)
    return fail("invalid", {
      ...(startsAt ? {} : { from: "nonexistentTime" }),
      ...(endsAt ? {} : { until: "nonexistentTime" }),
    });
  if (input.siteId) {
    const site = await db().site.findFirst({
      where: { id: input.siteId, clinicId: s.clinicId },
      select: { id: true },
    });
    if (!site) return fail("invalid", { siteId: "invalid" });
  }
  const off = {
    practitionerId: s.practitioner.id,
    siteId: input.siteId,
    kind: "timeOff" as const,
    startsAt,
    endsAt,
  };
  const asInput: ExceptionInput = { ...off, typeIds: [] };
  const conflicts = await conflictsOf(s, (c) => ({
    ...c,
    exceptions: [...c.exceptions, asInput],
  }));
  if (conflicts.length > 0 && !input.acknowledge) return stop(conflicts);
  await db().$transaction(async (tx) => {
    const created = await tx.availabilityException.create({
      data: { ...off, note: input.note },
      select: { id: true },
    });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityException",
        resourceId: created.id,
        action: "availability.timeOff.create",
        detail: {
          practitionerId: s.practitioner.id,
          siteId: input.siteId,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          uncoveredAppointments: conflicts.length,
        },
      },
      tx,
    );
  });
  return saved(conflicts);
}

export async function addExtraBlock(
  actor: StaffActor,
  input: ExtraBlockInput,
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.extra.create", input.practitionerId, req);
  if (!s) return fail("notFound");
  const wrong = await checkBlockChoices(s, input.siteId, input.typeIds);
  if (wrong) return fail("invalid", wrong);
  const startsAt = localToUtc(input.date, input.start, s.timeZone);
  const endsAt = localToUtc(input.date, input.end, s.timeZone);
  if (!startsAt || !endsAt)
    return fail("invalid", { [startsAt ? "end" : "start"]: "nonexistentTime" });
  await db().$transaction(async (tx) => {
    const created = await tx.availabilityException.create({
      data: {
        practitionerId: s.practitioner.id,
        siteId: input.siteId,
        kind: "extra",
        startsAt,
        endsAt,
        types: { create: input.typeIds.map((typeId) => ({ typeId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityException",
        resourceId: created.id,
        action: "availability.extra.create",
        detail: {
          practitionerId: s.practitioner.id,
          siteId: input.siteId,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          types: input.typeIds.length,
        },
      },
      tx,
    );
  });
  return saved();
}

/** Removing time off only opens time; removing an extra block may leave appointments outside. */
export async function removeException(
  actor: StaffActor,
  input: { id: string; practitionerId: string; acknowledge: boolean },
  req: RequestInfo = {},
): Promise<Result> {
  const s = await scope(actor, "availability.exception.remove", input.practitionerId, req);
  if (!s) return fail("notFound");
  const existing = await db().availabilityException.findFirst({
    where: { id: input.id, practitionerId: s.practitioner.id },
    select: { id: true, kind: true },
  });
  if (!existing) return fail("notFound");
  const conflicts =
    existing.kind === "extra"
      ? await conflictsOf(s, (c) => ({
          ...c,
          exceptions: c.exceptions.filter((e) => e.id !== input.id),
        }))
      : [];
  if (conflicts.length > 0 && !input.acknowledge) return stop(conflicts);
  await db().$transaction(async (tx) => {
    await tx.availabilityException.delete({ where: { id: input.id } });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "availabilityException",
        resourceId: input.id,
        action: `availability.${existing.kind}.remove`,
        detail: { practitionerId: s.practitioner.id, uncoveredAppointments: conflicts.length },
      },
      tx,
    );
  });
  return saved(conflicts);
}
