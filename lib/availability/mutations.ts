import "server-only";
// Changes to a practitioner's availability. Each use case takes the acting
// account and checks its role itself (AC-6), scopes the practitioner, site and
// types to the clinic, and writes one audit event (AL-2). A change that would
// leave booked appointments outside every availability (a week that drops or
// shortens blocks, time off added, an extra block removed) is not saved until the
// staff member has seen them: the first call answers the list, the second,
// acknowledged, saves — and the appointments stay booked.
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { allow, auditBase, type RequestInfo, type StaffActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/mutations";
import { getClinicId } from "@/lib/catalog/data";
import { now, todayIn } from "@/lib/clock";
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
  listWeekBlocks,
  siteChoices,
  typeChoices,
} from "./data";
import type { ExtraBlockInput, TimeOffInput } from "./schema";
import { blockLine, diffWeek, type WeekBlock, type WeekInput } from "./week";

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
  // A week may keep a type its blocks already have, even if it left the practitioner's scope since.
  const allowed = new Set([...types.map((t) => t.id), ...keepTypeIds]);
  if (typeIds.some((t) => !allowed.has(t))) fields.form = "typeOutOfScope";
  return Object.keys(fields).length ? fields : null;
}

export type WeekChanges = {
  added: WeekBlock[];
  removed: WeekBlock[];
  changed: { before: WeekBlock; after: WeekBlock }[];
};
/** What the week changed (or, not saved because of conflicts, would change). */
export type WeekOutcome = AvailabilityOutcome & { changes: WeekChanges };

const plain = ({ weekday, start, end, typeIds, validFrom, validUntil }: WeekBlock): WeekBlock => ({
  weekday,
  start,
  end,
  typeIds,
  validFrom,
  validUntil,
});

const signature = (blocks: (WeekBlock & { id: string })[]) =>
  blocks.map((b) => `${b.id} ${blockLine(b)}`).join("; ");

const blockData = (b: WeekBlock) => ({
  weekday: b.weekday,
  startMinute: b.start,
  endMinute: b.end,
  validFrom: dateColumn(b.validFrom),
  validUntil: b.validUntil ? dateColumn(b.validUntil) : null,
});

/**
 * Saves a practitioner's whole week at one site: the blocks that differ from
 * the typed week are added, changed or removed in one transaction with one
 * audit row (before/after of what changed). The same week saved again writes
 * nothing.
 */
export async function replaceWeek(
  actor: StaffActor,
  input: WeekInput,
  req: RequestInfo = {},
): Promise<ActionResult<WeekOutcome>> {
  const s = await scope(actor, "availability.week.save", input.practitionerId, req);
  if (!s) return fail("notFound");
  const today = todayIn(s.timeZone);
  const existing = await listWeekBlocks(s.practitioner.id, input.siteId, today);
  const wrong = await checkBlockChoices(
    s,
    input.siteId,
    [...new Set(input.days.flat().flatMap((r) => r.typeIds))],
    existing.flatMap((b) => b.typeIds),
  );
  if (wrong) return fail("invalid", wrong);
  const diff = diffWeek(existing, input.days, input);
  const changes: WeekChanges = {
    added: diff.added,
    removed: diff.removed.map(plain),
    changed: diff.changed.map((c) => ({ before: plain(c.before), after: c.after })),
  };
  const count = changes.added.length + changes.removed.length + changes.changed.length;
  if (count === 0) return ok({ saved: true, conflicts: [], changes });

  const gone = new Set([...diff.removed, ...diff.changed.map((c) => c.before)].map((b) => b.id));
  const coming = [...diff.added, ...diff.changed.map((c) => c.after)];
  const conflicts = await conflictsOf(s, (c) => ({
    ...c,
    blocks: [
      ...c.blocks.filter((b) => !b.id || !gone.has(b.id)),
      ...coming.map((b): BlockInput => ({
        practitionerId: s.practitioner.id,
        siteId: input.siteId,
        weekday: b.weekday,
        startMinute: b.start,
        endMinute: b.end,
        validFrom: b.validFrom,
        validUntil: b.validUntil,
        typeIds: b.typeIds,
      })),
    ],
  }));
  if (conflicts.length > 0 && !input.acknowledge) return ok({ saved: false, conflicts, changes });

  const stale = await db().$transaction(async (tx) => {
    // Two staff saving the same week at once: the second waits here, then
    // finds the blocks it compared against gone and is refused.
    await tx.$queryRaw`SELECT id FROM "Practitioner" WHERE id = ${s.practitioner.id} FOR UPDATE`;
    const current = await listWeekBlocks(s.practitioner.id, input.siteId, today, tx);
    if (signature(current) !== signature(existing)) return true;
    for (const b of diff.removed) await tx.availabilityBlock.delete({ where: { id: b.id } });
    for (const { before, after } of diff.changed)
      await tx.availabilityBlock.update({
        where: { id: before.id },
        data: {
          ...blockData(after),
          types: { deleteMany: {}, create: after.typeIds.map((typeId) => ({ typeId })) },
        },
      });
    for (const b of diff.added)
      await tx.availabilityBlock.create({
        data: {
          practitionerId: s.practitioner.id,
          siteId: input.siteId,
          ...blockData(b),
          types: { create: b.typeIds.map((typeId) => ({ typeId })) },
        },
      });
    await recordAudit(
      {
        ...auditBase(actor, req),
        resourceType: "practitioner",
        resourceId: s.practitioner.id,
        action: "availability.week.save",
        detail: {
          siteId: input.siteId,
          added: changes.added.length,
          removed: changes.removed.length,
          changed: changes.changed.length,
          blocks: {
            before: [...changes.removed, ...changes.changed.map((c) => c.before)]
              .map(blockLine)
              .join("; "),
            after: [...changes.changed.map((c) => c.after), ...changes.added]
              .map(blockLine)
              .join("; "),
          },
          uncoveredAppointments: conflicts.length,
        },
      },
      tx,
    );
    return false;
  });
  if (stale) return fail("stale");
  return ok({ saved: true, conflicts, changes });
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
