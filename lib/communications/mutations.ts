import "server-only";
// Writes of communications, each in one transaction with its audit event. The
// single-reply rule is the database's: a second reply to a "once" thread hits
// the unique (communicationId, onlyReply) index, concurrent submits included.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { now } from "@/lib/clock";
import { hasStaffRole } from "@/lib/auth/roles";
import { db, type DbClient } from "@/lib/db/client";
import type { CommunicationKind, ReplyRule } from "@/lib/db/enums";
import { isUniqueViolation } from "@/lib/db/errors";
import { discardFiles, fileProblem, storeFiles, type UploadedFile } from "./attachments";
import { countPatientEntries } from "./data";
import { enqueueCommunicationEmails } from "./notify";
import { replyDecision } from "./rules";

/** Opening a thread marks it read for this account only. */
export async function markRead(communicationId: string, accountId: string, at: Date = now()) {
  await db().communicationRead.upsert({
    where: { accountId_communicationId: { accountId, communicationId } },
    create: { accountId, communicationId, readAt: at },
    update: { readAt: at },
  });
}

export type ReplyCode = "notFound" | "notAllowed" | "alreadyReplied";

/** The patient side writes in a thread of a profile it was authorized for. */
export async function replyAsPatient(
  input: { profileId: AuthorizedProfileId; communicationId: string; body: string },
  actor: Actor,
): Promise<ActionResult<{ entryId: string }, ReplyCode>> {
  const at = now();
  try {
    return await db().$transaction(async (tx) => {
      const thread = await tx.communication.findFirst({
        where: { id: input.communicationId, profileId: input.profileId },
        select: { id: true, replyRule: true, origin: true, status: true, withdrawnAt: true },
      });
      if (!thread || thread.withdrawnAt) return fail("notFound");
      const decision = replyDecision({
        ...thread,
        withdrawn: false,
        patientReplies: await countPatientEntries(thread.id, tx),
      });
      if (!decision.allowed)
        return fail(decision.reason === "alreadyReplied" ? "alreadyReplied" : "notAllowed");
      const entry = await tx.communicationEntry.create({
        data: {
          communicationId: thread.id,
          author: "patient",
          authorAccountId: actor.accountId,
          body: input.body,
          onlyReply: thread.origin === "clinic" && thread.replyRule === "once" ? 1 : null,
          createdAt: at,
        },
        select: { id: true },
      });
      await tx.communication.update({
        where: { id: thread.id },
        data: {
          patientActivityAt: at,
          lastActivityAt: at,
          status: thread.status === "closed" ? "closed" : "open",
        },
      });
      // Their own reply leaves the thread read for them.
      await tx.communicationRead.upsert({
        where: {
          accountId_communicationId: { accountId: actor.accountId, communicationId: thread.id },
        },
        create: { accountId: actor.accountId, communicationId: thread.id, readAt: at },
        update: { readAt: at },
      });
      await recordAudit(
        threadAudit(actor, { profileId: input.profileId, communicationId: thread.id }, "reply"),
        tx,
      );
      return ok({ entryId: entry.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("alreadyReplied");
    throw error;
  }
}

/** A patient starts a thread with the clinic (when the clinic allows it); it is filed under Sent. */
export async function startPatientMessage(
  input: { clinicId: string; profileId: AuthorizedProfileId; subject: string; body: string },
  actor: Actor,
): Promise<ActionResult<{ communicationId: string }, never>> {
  const at = now();
  return db().$transaction(async (tx) => {
    const communication = await tx.communication.create({
      data: {
        clinicId: input.clinicId,
        profileId: input.profileId,
        kind: "message",
        origin: "patient",
        subject: input.subject,
        replyRule: "unlimited",
        status: "open",
        patientActivityAt: at,
        lastActivityAt: at,
        createdById: actor.accountId,
        createdAt: at,
        entries: {
          create: {
            author: "patient",
            authorAccountId: actor.accountId,
            body: input.body,
            createdAt: at,
          },
        },
        reads: { create: { accountId: actor.accountId, readAt: at } },
      },
      select: { id: true },
    });
    await recordAudit(
      threadAudit(
        actor,
        { profileId: input.profileId, communicationId: communication.id },
        "start",
      ),
      tx,
    );
    return ok({ communicationId: communication.id });
  });
}

export type SendCode = "notFound" | "invalid";

export type SendInput = {
  clinic: { id: string; timeZone: string };
  profileId: AuthorizedProfileId;
  kind: CommunicationKind;
  subject: string;
  body: string;
  replyRule: ReplyRule;
  files: readonly UploadedFile[];
  /** More rows of the same send, in its transaction (a bill's lines and totals). */
  within?: (tx: DbClient, communicationId: string) => Promise<void>;
};

/**
 * Staff send a communication to a profile: the thread, its first entry, its
 * attachments, the audit event and one email per recipient commit together.
 * The files are checked first, then stored before the transaction (a storage
 * may be S3, outside it) and removed if it fails, so nothing is half-saved.
 */
export async function sendCommunication(
  input: SendInput,
  actor: Actor,
): Promise<ActionResult<{ communicationId: string }, SendCode>> {
  const problem = await fileProblem(input.files);
  if (problem) return fail("invalid", { files: problem });
  const stored = await storeFiles(input.files);
  const at = now();
  try {
    // 10 MiB files were written before: the transaction itself is small.
    return await db().$transaction(async (tx) => {
      const profile = await tx.patientProfile.findFirst({
        where: { id: input.profileId, clinicId: input.clinic.id },
        select: { firstName: true },
      });
      if (!profile) throw new ProfileGone();
      const communication = await tx.communication.create({
        data: {
          clinicId: input.clinic.id,
          profileId: input.profileId,
          kind: input.kind,
          origin: "clinic",
          subject: input.subject,
          replyRule: input.replyRule,
          lastActivityAt: at,
          createdById: actor.accountId,
          createdAt: at,
          entries: {
            create: {
              author: "clinic",
              authorAccountId: actor.accountId,
              body: input.body,
              createdAt: at,
            },
          },
          attachments: { create: stored.map((file) => ({ ...file, createdAt: at })) },
        },
        select: { id: true },
      });
      await input.within?.(tx, communication.id);
      const recipients = await enqueueCommunicationEmails(
        tx,
        {
          id: communication.id,
          kind: input.kind,
          profileId: input.profileId,
          patientFirstName: profile.firstName,
          reply: false,
        },
        input.clinic.timeZone,
      );
      await recordAudit(
        {
          ...threadAudit(
            actor,
            { profileId: input.profileId, communicationId: communication.id },
            "send",
          ),
          detail: { kind: input.kind, attachments: stored.length, recipients },
        },
        tx,
      );
      return ok({ communicationId: communication.id });
    });
  } catch (error) {
    await discardFiles(stored);
    if (error instanceof ProfileGone) return fail("notFound");
    throw error;
  }
}

/** The profile was deleted between the access check and the transaction. */
class ProfileGone extends Error {}

/**
 * Staff write in a thread of a profile they were authorized for: the thread
 * is unread again for every account (its read rows go), answered for the
 * staff inbox, and its recipients are told by email.
 */
export async function replyAsClinic(
  input: {
    clinic: { id: string; timeZone: string };
    profileId: AuthorizedProfileId;
    communicationId: string;
    body: string;
  },
  actor: Actor,
): Promise<ActionResult<{ entryId: string }, "notFound" | "closed">> {
  const at = now();
  return db().$transaction(async (tx) => {
    const thread = await tx.communication.findFirst({
      where: {
        id: input.communicationId,
        profileId: input.profileId,
        clinicId: input.clinic.id,
        withdrawnAt: null,
      },
      select: { id: true, kind: true, status: true, profile: { select: { firstName: true } } },
    });
    if (!thread) return fail("notFound");
    // A closed thread is reopened first, so nobody writes into a conversation the clinic ended.
    if (thread.status === "closed") return fail("closed");
    const entry = await tx.communicationEntry.create({
      data: {
        communicationId: thread.id,
        author: "clinic",
        authorAccountId: actor.accountId,
        body: input.body,
        createdAt: at,
      },
      select: { id: true },
    });
    await tx.communicationRead.deleteMany({ where: { communicationId: thread.id } });
    await tx.communication.update({
      where: { id: thread.id },
      data: {
        lastActivityAt: at,
        staffReadAt: at,
        status: "answered",
      },
    });
    await enqueueCommunicationEmails(
      tx,
      {
        id: thread.id,
        kind: thread.kind,
        profileId: input.profileId,
        patientFirstName: thread.profile.firstName,
        reply: true,
      },
      input.clinic.timeZone,
    );
    await recordAudit(
      threadAudit(actor, { profileId: input.profileId, communicationId: thread.id }, "reply"),
      tx,
    );
    return ok({ entryId: entry.id });
  });
}

// The staff side. Each write is scoped to the clinic and the profile the staff
// loader authorized, checks the actor's role itself (so a refusal holds
// wherever it is called from), and is audited in its transaction.

export type StaffThreadInput = {
  clinicId: string;
  profileId: AuthorizedProfileId;
  communicationId: string;
};

/** The audit row of a change to a thread: who, for which profile, from where. */
function threadAudit(
  actor: Actor,
  input: { profileId: string; communicationId: string },
  action: string,
) {
  return {
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    subjectProfileId: input.profileId,
    resourceType: "communication",
    resourceId: input.communicationId,
    action,
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  };
}

const threadOf = (input: StaffThreadInput) => ({
  id: input.communicationId,
  clinicId: input.clinicId,
  profileId: input.profileId,
});

/** Staff opened the thread: the patient's entries up to now are read for every staff member. */
export async function markStaffRead(
  input: StaffThreadInput,
  actor: Actor,
  at: Date = now(),
): Promise<void> {
  if (!hasStaffRole(actor.role)) return;
  await db().communication.updateMany({ where: threadOf(input), data: { staffReadAt: at } });
}

/** Closing a thread: the patient side may no longer write in it (rules.ts replyDecision). */
export async function closeThread(
  input: StaffThreadInput,
  actor: Actor,
): Promise<ActionResult<undefined, "notFound">> {
  return setStatus(input, actor, "close");
}

/** Reopening a closed thread: open again, or answered when the clinic wrote last. */
export async function reopenThread(
  input: StaffThreadInput,
  actor: Actor,
): Promise<ActionResult<undefined, "notFound">> {
  return setStatus(input, actor, "reopen");
}

async function setStatus(
  input: StaffThreadInput,
  actor: Actor,
  action: "close" | "reopen",
): Promise<ActionResult<undefined, "notFound">> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  return db().$transaction(async (tx) => {
    const last = await tx.communicationEntry.findFirst({
      where: { communicationId: input.communicationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { author: true },
    });
    const status = action === "close" ? "closed" : last?.author === "clinic" ? "answered" : "open";
    const { count } = await tx.communication.updateMany({
      where: { ...threadOf(input), withdrawnAt: null },
      data: { status },
    });
    if (count === 0) return fail("notFound");
    await recordAudit(threadAudit(actor, input, action), tx);
    return ok();
  });
}

/**
 * A communication sent in error: patients no longer see it (every patient read
 * filters withdrawnAt), nothing is deleted, and the audit keeps its subject.
 */
export async function withdrawCommunication(
  input: StaffThreadInput,
  actor: Actor,
): Promise<ActionResult<undefined, "notFound">> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const at = now();
  return db().$transaction(async (tx) => {
    const thread = await tx.communication.findFirst({
      where: { ...threadOf(input), withdrawnAt: null },
      select: { subject: true, kind: true },
    });
    if (!thread) return fail("notFound");
    // Conditional, so two staff withdrawing at once record one withdrawal.
    const { count } = await tx.communication.updateMany({
      where: { ...threadOf(input), withdrawnAt: null },
      data: { withdrawnAt: at, withdrawnById: actor.accountId },
    });
    if (count === 0) return fail("notFound");
    await recordAudit(
      {
        ...threadAudit(actor, input, "withdraw"),
        detail: { subject: thread.subject, kind: thread.kind },
      },
      tx,
    );
    return ok();
  });
}
