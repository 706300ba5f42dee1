// The patient side of communications on a real database: the box and thread
// loaders and the reply / start-message actions, called as the app calls them
// (the real accountAction wrapper, real next-auth sessions).
// Authorization matrix (SECURITY.md AC-1..AC-5): the own account sees every
// kind; a parent holding messages + documents for the child sees those and no
// bill; a proxy holding documents only has no Inbox; a lapsed grant, another
// patient and an anonymous visitor get nothing; a withdrawn thread is gone.
// Replies: the single-reply rule holds under concurrent submits, and bad input
// (too long counted as the user sees it, blank, no disclaimer) changes nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { listProfileCommunications } from "@/lib/communications/data";
import {
  createAttachment,
  createClinic,
  createCommunication,
  createPatient,
  createProfile,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, form, signInOn, thrownDigest, yearsAgo } from "../portal-session";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "user-agent": "vitest",
      "x-request-id": "req-communications",
      "x-client-ip": "192.0.2.30",
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { loadBox, loadThread } = await import("@/lib/communications/loaders");
const { replyAction, startMessageAction } = await import("@/lib/communications/actions");

const PASSWORD = "Communications-test-2026!";

type Who = { email: string; accountId: string; profileId: string };
let clinicId: string;
let own: Who;
let parent: Who;
let secondParent: Who;
let proxy: Who;
let other: Who;
let childId: string;
let teenId: string;

async function patient(name: string): Promise<Who> {
  const email = uniqueEmail(name);
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: name,
  });
  return { email, accountId: account.id, profileId: profile.id };
}

const signIn = (who: Who | null) => signInOn(request, who?.email ?? null, PASSWORD);

const entryRows = () => db().communicationEntry.count();
const communicationRows = () => db().communication.count();

const send = (profileId: string, kind: "message" | "document" | "bill", extra = {}) =>
  createCommunication({ clinicId, profileId, kind, subject: `${kind} for ${profileId}`, ...extra });

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  await db().clinic.update({
    where: { id: clinicId },
    data: {
      replyDisclaimerEn: "Not for emergencies.",
      replyDisclaimerFr: "Pas pour les urgences.",
    },
  });
  own = await patient("Own");
  parent = await patient("Parent");
  secondParent = await patient("SecondParent");
  proxy = await patient("Proxy");
  other = await patient("Other");
  childId = (await createProfile(clinicId, { firstName: "Child", dateOfBirth: yearsAgo(8) })).id;
  teenId = (await createProfile(clinicId, { firstName: "Teen", dateOfBirth: yearsAgo(15, 30) })).id;
  await grantAccess({
    accountId: parent.accountId,
    profileId: childId,
    tabs: ["appointments", "messages", "documents"],
  });
  await grantAccess({
    accountId: secondParent.accountId,
    profileId: childId,
    tabs: ["messages", "documents", "bills"],
  });
  await grantAccess({ accountId: proxy.accountId, profileId: childId, tabs: ["documents"] });
  // Granted when a child; lapsed at 14 (Québec) without the teen's consent.
  await grantAccess({
    accountId: parent.accountId,
    profileId: teenId,
    tabs: ["messages", "documents", "bills"],
  });
});

afterEach(() => {
  request.cookies = {};
});

describe("boxes: who sees which communications", () => {
  it("the own account sees every kind in Inbox, and each kind in its box", async () => {
    const message = await send(own.profileId, "message");
    const document = await send(own.profileId, "document");
    const bill = await send(own.profileId, "bill");
    await signIn(own);
    const inbox = await loadBox("inbox", undefined, 1);
    expect(inbox.rows.map((r) => r.id)).toEqual([bill.id, document.id, message.id]);
    expect(inbox.rows.every((r) => r.unread)).toBe(true);
    expect((await loadBox("documents", undefined, 1)).rows.map((r) => r.id)).toEqual([document.id]);
    expect((await loadBox("bills", undefined, 1)).rows.map((r) => r.id)).toEqual([bill.id]);
    expect((await loadBox("sent", undefined, 1)).rows).toEqual([]);
  });

  it("a parent with messages + documents sees the child's message and document, never the bill", async () => {
    const message = await send(childId, "message");
    const document = await send(childId, "document");
    const bill = await send(childId, "bill");
    await signIn(parent);
    const ids = (await loadBox("inbox", childId, 1)).rows.map((r) => r.id);
    expect(ids).toContain(message.id);
    expect(ids).toContain(document.id);
    expect(ids).not.toContain(bill.id);
    expect(await thrownDigest(() => loadBox("bills", childId, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadThread(bill.id))).toMatch(NOT_FOUND);
  });

  it("a proxy with documents only has no Inbox and no message, but the Documents box", async () => {
    const message = await send(childId, "message");
    const document = await send(childId, "document");
    await signIn(proxy);
    expect(await thrownDigest(() => loadBox("inbox", childId, 1))).toMatch(NOT_FOUND);
    expect((await loadBox("documents", childId, 1)).rows.map((r) => r.id)).toContain(document.id);
    expect(await thrownDigest(() => loadThread(message.id))).toMatch(NOT_FOUND);
    expect((await loadThread(document.id)).thread.id).toBe(document.id);
  });

  it("a lapsed grant (teen), another patient and an anonymous visitor get nothing; denials are audited", async () => {
    const teenMessage = await send(teenId, "message");
    const childMessage = await send(childId, "message");
    await signIn(parent);
    expect(await thrownDigest(() => loadBox("inbox", teenId, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadThread(teenMessage.id))).toMatch(NOT_FOUND);
    await signIn(other);
    expect(await thrownDigest(() => loadBox("inbox", childId, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadThread(childMessage.id))).toMatch(NOT_FOUND);
    // Their own Inbox works: the refusal is about the profile, not the page.
    expect((await loadBox("inbox", undefined, 1)).profile.id).toBe(other.profileId);
    await signIn(null);
    expect(await thrownDigest(() => loadThread(childMessage.id))).toMatch(/^NEXT_REDIRECT;.*login/);
    const denied = await db().auditEvent.count({
      where: { actorAccountId: other.accountId, subjectProfileId: childId, outcome: "denied" },
    });
    expect(denied).toBeGreaterThanOrEqual(2);
    const succeeded = await db().auditEvent.count({
      where: { actorAccountId: other.accountId, subjectProfileId: childId, outcome: "success" },
    });
    expect(succeeded).toBe(0);
  });

  it("a withdrawn communication is in no box and its thread is a 404", async () => {
    const withdrawn = await send(own.profileId, "document", { withdrawn: true });
    await signIn(own);
    expect((await loadBox("inbox", undefined, 1)).rows.map((r) => r.id)).not.toContain(
      withdrawn.id,
    );
    expect(await thrownDigest(() => loadThread(withdrawn.id))).toMatch(NOT_FOUND);
  });

  it("a box turned off by the clinic is a 404, whatever the permission", async () => {
    await db().clinic.update({ where: { id: clinicId }, data: { billsEnabled: false } });
    try {
      await signIn(own);
      expect(await thrownDigest(() => loadBox("bills", undefined, 1))).toMatch(NOT_FOUND);
      const bill = await send(own.profileId, "bill");
      expect(await thrownDigest(() => loadThread(bill.id))).toMatch(NOT_FOUND);
      expect((await loadBox("inbox", undefined, 1)).rows.map((r) => r.id)).not.toContain(bill.id);
    } finally {
      await db().clinic.update({ where: { id: clinicId }, data: { billsEnabled: true } });
    }
  });

  it("each row counts its own thread's attachments, in the patient's box and on the staff profile page", async () => {
    const attached = await patient("Attached");
    const two = await send(attached.profileId, "document");
    const one = await send(attached.profileId, "document");
    const none = await send(attached.profileId, "message");
    // Another profile's attachment must not be counted on these rows.
    const elsewhere = await send(own.profileId, "document");
    for (const communicationId of [two.id, two.id, one.id, elsewhere.id])
      await createAttachment({ communicationId, bytes: new TextEncoder().encode("%PDF-1.7") });
    const expected = { [two.id]: 2, [one.id]: 1, [none.id]: 0 };
    await signIn(attached);
    const inbox = await loadBox("inbox", undefined, 1);
    expect(Object.fromEntries(inbox.rows.map((r) => [r.id, r.attachments]))).toEqual(expected);
    const staffRows = await listProfileCommunications(attached.profileId as AuthorizedProfileId);
    expect(Object.fromEntries(staffRows.map((r) => [r.id, r.attachments]))).toEqual(expected);
  });
});

describe("threads: read state and order", () => {
  it("opening marks it read for that account only, and the entries are oldest first", async () => {
    const thread = await send(childId, "message", {
      replies: [
        { author: "patient", body: "First answer", accountId: parent.accountId },
        { author: "clinic", body: "Clinic again" },
      ],
      replyRule: "unlimited",
    });
    await signIn(parent);
    const opened = await loadThread(thread.id);
    expect(opened.thread.entries.map((e) => e.body)).toEqual([
      "Hello from the clinic.",
      "First answer",
      "Clinic again",
    ]);
    expect(opened.disclaimer).toBe("Not for emergencies.");
    const forParent = (await loadBox("inbox", childId, 1)).rows.find((r) => r.id === thread.id);
    expect(forParent?.unread).toBe(false);
    await signIn(secondParent);
    const forOther = (await loadBox("inbox", childId, 1)).rows.find((r) => r.id === thread.id);
    expect(forOther?.unread).toBe(true);
  });
});

describe("replies", () => {
  const reply = (communicationId: string, body: string, disclaimer = true) =>
    replyAction(null, form({ communicationId, body, ...(disclaimer ? { disclaimer: "on" } : {}) }));

  it("once: the first reply is saved and the thread shows it; the second is refused", async () => {
    const thread = await send(childId, "document", { replyRule: "once" });
    await signIn(parent);
    expect(await reply(thread.id, "Thanks, received.")).toMatchObject({ ok: true });
    const opened = await loadThread(thread.id);
    expect(opened.thread.entries.at(-1)).toMatchObject({
      author: "patient",
      body: "Thanks, received.",
    });
    expect(opened.reply).toEqual({ allowed: false, reason: "alreadyReplied" });
    const before = await entryRows();
    expect(await reply(thread.id, "And again")).toEqual({
      ok: false,
      code: "alreadyReplied",
      fields: undefined,
    });
    expect(await entryRows()).toBe(before);
    // The reply files the thread under Sent.
    expect((await loadBox("sent", childId, 1)).rows.map((r) => r.id)).toContain(thread.id);
  });

  it("once, under 8 concurrent submits: exactly one reply is saved (the unique index, on PostgreSQL truly concurrent)", async () => {
    const thread = await send(childId, "message", { replyRule: "once" });
    await signIn(parent);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => reply(thread.id, `Concurrent ${i}`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "alreadyReplied")).toBe(
      true,
    );
    expect(
      await db().communicationEntry.count({
        where: { communicationId: thread.id, author: "patient" },
      }),
    ).toBe(1);
  });

  it("refuses a thread that allows no reply, another profile's thread and a withdrawn one; nothing is saved", async () => {
    const none = await send(childId, "message", { replyRule: "none" });
    const others = await send(other.profileId, "message", { replyRule: "unlimited" });
    const withdrawn = await send(childId, "message", { replyRule: "unlimited", withdrawn: true });
    const bill = await send(childId, "bill", { replyRule: "unlimited" });
    const open = await send(childId, "message", { replyRule: "unlimited" });
    await signIn(parent);
    const before = await entryRows();
    expect(await reply(none.id, "Hello")).toMatchObject({ ok: false, code: "notAllowed" });
    expect(await reply(others.id, "Hello")).toMatchObject({ ok: false, code: "notFound" });
    expect(await reply(withdrawn.id, "Hello")).toMatchObject({ ok: false, code: "notFound" });
    // The parent holds no bills permission for the child.
    expect(await reply(bill.id, "Hello")).toMatchObject({ ok: false, code: "notFound" });
    // A proxy without messages, another patient, an anonymous visitor.
    await signIn(proxy);
    expect(await reply(open.id, "Hello")).toMatchObject({ ok: false, code: "notFound" });
    await signIn(other);
    expect(await reply(open.id, "Hello")).toMatchObject({ ok: false, code: "notFound" });
    await signIn(null);
    expect(await thrownDigest(() => reply(open.id, "Hello"))).toMatch(/^NEXT_REDIRECT;.*login/);
    expect(await entryRows()).toBe(before);
  });

  it("bad input: 501 characters (accents and emoji count one each), blank, no disclaimer — each refused with its code", async () => {
    const thread = await send(childId, "message", { replyRule: "unlimited" });
    await signIn(parent);
    const before = await entryRows();
    const tooLong = "é".repeat(499) + "👍🏽👍";
    expect(await reply(thread.id, tooLong)).toEqual({
      ok: false,
      code: "invalid",
      fields: { body: "tooLong" },
    });
    expect(await reply(thread.id, "   ")).toEqual({
      ok: false,
      code: "invalid",
      fields: { body: "required" },
    });
    expect(await reply(thread.id, "Fine", false)).toEqual({
      ok: false,
      code: "invalid",
      fields: { disclaimer: "disclaimer" },
    });
    expect(await entryRows()).toBe(before);
    // Exactly 500 as the user sees them (an emoji with a skin tone is one) is accepted.
    expect(await reply(thread.id, "e\u0301".repeat(498) + "👍🏽👍")).toMatchObject({ ok: true });
  });
});

describe("a patient starts a message", () => {
  const start = (profileId: string) =>
    startMessageAction(
      null,
      form({
        profileId,
        subject: "A question",
        body: "When is the clinic open?",
        disclaimer: "on",
      }),
    );

  it("is refused while the clinic does not allow it, then filed under Sent once allowed", async () => {
    await signIn(parent);
    const before = await communicationRows();
    expect(await start(childId)).toMatchObject({ ok: false, code: "notAllowed" });
    expect(await communicationRows()).toBe(before);
    await db().clinic.update({ where: { id: clinicId }, data: { patientMessagesEnabled: true } });
    try {
      const started = await start(childId);
      expect(started).toMatchObject({ ok: true });
      const id = started.ok ? (started.data as { communicationId: string }).communicationId : "";
      expect((await loadBox("sent", childId, 1)).rows.map((r) => r.id)).toContain(id);
      // Not for a profile the account does not manage (messages permission missing, or none at all).
      const startedBefore = await communicationRows();
      await signIn(proxy);
      expect(await start(childId)).toMatchObject({ ok: false, code: "notFound" });
      await signIn(other);
      expect(await start(childId)).toMatchObject({ ok: false, code: "notFound" });
      await signIn(null);
      expect(await thrownDigest(() => start(childId))).toMatch(/^NEXT_REDIRECT;.*login/);
      expect(await communicationRows()).toBe(startedBefore);
    } finally {
      await db().clinic.update({
        where: { id: clinicId },
        data: { patientMessagesEnabled: false },
      });
    }
  });
});
