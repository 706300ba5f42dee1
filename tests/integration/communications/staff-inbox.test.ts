// The staff side of communications on a real database, through the real
// session gate and action wrapper: the staff inbox lists only the threads a
// patient wrote in, unread first, filtered by status and patient; opening a
// thread marks it read for staff; closing it refuses every patient reply;
// withdrawing hides it from the patient and leaves an audit row; a patient
// (or anonymous visitor) gets nothing from the staff loaders and actions; the
// communication settings are saved and the patient's boxes follow them.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createClinic,
  createCommunication,
  createPatient,
  createStaff,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, form, signInOn, thrownDigest } from "../portal-session";

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
      "x-request-id": "req-staff-inbox",
      "x-client-ip": "192.0.2.31",
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
}));

const { loadStaffInbox, loadStaffThread, loadStaffUnreadCount } =
  await import("@/lib/communications/staff-loaders");
const staffActions = await import("@/lib/communications/staff-actions");
const { loadBox, loadThread } = await import("@/lib/communications/loaders");
const { replyAction } = await import("@/lib/communications/actions");
const { saveSettingsAction } = await import("@/lib/admin/actions");
const { listStaffInbox } = await import("@/lib/communications/data");
const { closeThread, withdrawCommunication } = await import("@/lib/communications/mutations");

const PASSWORD = "Staff-inbox-test-2026!";

type Who = { email: string; accountId: string; profileId?: string };
let clinicId: string;
let staff: Who;
let admin: Who;
let alice: Who;
let bob: Who;

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

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/** A clinic communication the patient replied to `minutes` ago (the factory dates the reply a minute after `at`). */
const replied = (who: Who, minutes: number, extra = {}) =>
  createCommunication({
    clinicId,
    profileId: who.profileId!,
    replyRule: "unlimited",
    at: minutesAgo(minutes + 1),
    replies: [{ author: "patient", body: "A question.", accountId: who.accountId }],
    ...extra,
  });

const patientReply = (communicationId: string, body = "Another question.") =>
  replyAction(null, form({ communicationId, body, disclaimer: "on" }));
const ids = (communicationId: string) => form({ communicationId });

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  staff = { email: uniqueEmail("staff"), accountId: "" };
  staff.accountId = (await createStaff({ email: staff.email, password: PASSWORD })).id;
  admin = { email: uniqueEmail("admin"), accountId: "" };
  admin.accountId = (
    await createStaff({ email: admin.email, password: PASSWORD, role: "admin" })
  ).id;
  alice = await patient("Alice");
  bob = await patient("Bob");
});

afterEach(() => {
  request.cookies = {};
});

describe("the staff inbox", () => {
  it("lists only the threads a patient wrote in, unread first then newest, and filters by status and patient", async () => {
    const clinicOnly = await createCommunication({ clinicId, profileId: alice.profileId! });
    const withdrawn = await replied(alice, 1, { withdrawn: true });
    const aliceOld = await replied(alice, 50);
    const bobNew = await replied(bob, 40);
    const aliceRead = await replied(alice, 10);
    await signIn(staff);
    expect(await loadStaffUnreadCount()).toBe(3);
    await loadStaffThread(aliceRead.id);

    const all = await loadStaffInbox({});
    expect(all.rows.map((r) => [r.id, r.unread])).toEqual([
      [bobNew.id, true],
      [aliceOld.id, true],
      [aliceRead.id, false],
    ]);
    expect(all.rows.map((r) => r.id)).not.toContain(clinicOnly.id);
    expect(all.rows.map((r) => r.id)).not.toContain(withdrawn.id);
    expect(all.rows[0]!.profile).toMatchObject({ id: bob.profileId, firstName: "Bob" });
    expect(await loadStaffUnreadCount()).toBe(2);
    expect(all.patients.map((p) => p.id).sort()).toEqual([alice.profileId!, bob.profileId!].sort());

    // A page cut across the unread and the read lists keeps the order.
    const page = await listStaffInbox(clinicId, {}, { skip: 1, take: 2 });
    expect(page.rows.map((r) => r.id)).toEqual([aliceOld.id, aliceRead.id]);

    expect((await loadStaffInbox({ patient: alice.profileId! })).rows.map((r) => r.id)).toEqual([
      aliceOld.id,
      aliceRead.id,
    ]);
    expect(await staffActions.closeThreadAction(null, ids(aliceOld.id))).toMatchObject({
      ok: true,
    });
    expect((await loadStaffInbox({ status: "closed" })).rows.map((r) => r.id)).toEqual([
      aliceOld.id,
    ]);
    expect(
      (await loadStaffInbox({ status: "open", patient: alice.profileId! })).rows.map((r) => r.id),
    ).toEqual([aliceRead.id]);
    // An unknown status or patient is no filter, not an error.
    expect((await loadStaffInbox({ status: "bogus", patient: "nobody" })).rows).toHaveLength(3);
  });

  it("opening a thread marks it read for staff and audits the view; a new patient entry makes it unread again", async () => {
    const thread = await replied(bob, 5);
    await signIn(staff);
    const unread = () =>
      loadStaffInbox({ patient: bob.profileId! }).then(
        (inbox) => inbox.rows.find((r) => r.id === thread.id)?.unread,
      );
    expect(await unread()).toBe(true);
    const opened = await loadStaffThread(thread.id);
    expect(opened.thread.entries.map((e) => [e.author, e.body])).toEqual([
      ["clinic", "Hello from the clinic."],
      ["patient", "A question."],
    ]);
    expect(opened.thread.entries[1]!.authorAccount?.profile?.firstName).toBe("Bob");
    expect(await unread()).toBe(false);
    expect(
      await db().auditEvent.count({
        where: { resourceId: thread.id, action: "view", actorAccountId: staff.accountId },
      }),
    ).toBe(1);
    await signIn(bob);
    expect(await patientReply(thread.id)).toMatchObject({ ok: true });
    await signIn(staff);
    expect(await unread()).toBe(true);
  });
});

describe("closing a thread", () => {
  it("refuses the patient's replies, whoever started it, until staff reopen it", async () => {
    const fromClinic = await createCommunication({
      clinicId,
      profileId: alice.profileId!,
      replyRule: "unlimited",
    });
    const fromPatient = await replied(alice, 3);
    await db().communication.update({ where: { id: fromPatient.id }, data: { origin: "patient" } });
    await signIn(staff);
    for (const thread of [fromClinic, fromPatient])
      expect(await staffActions.closeThreadAction(null, ids(thread.id))).toMatchObject({
        ok: true,
      });
    await signIn(alice);
    const before = await db().communicationEntry.count();
    for (const thread of [fromClinic, fromPatient]) {
      expect(await patientReply(thread.id)).toMatchObject({ ok: false, code: "notAllowed" });
      expect((await loadThread(thread.id)).reply).toEqual({
        allowed: false,
        reason: "notAllowed",
      });
    }
    expect(await db().communicationEntry.count()).toBe(before);

    await signIn(staff);
    expect(
      await staffActions.replyAsClinicAction(
        null,
        form({ communicationId: fromClinic.id, body: "Hi" }),
      ),
    ).toMatchObject({ ok: false, code: "closed" });
    expect(await staffActions.reopenThreadAction(null, ids(fromClinic.id))).toMatchObject({
      ok: true,
    });
    expect(
      await db().auditEvent.findMany({
        where: { resourceId: fromClinic.id, actorAccountId: staff.accountId },
        select: { action: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([{ action: "close" }, { action: "reopen" }]);
    await signIn(alice);
    expect(await patientReply(fromClinic.id)).toMatchObject({ ok: true });
  });
});

describe("withdrawing a communication", () => {
  it("hides it from the patient (box and thread), keeps the row, and audits it with its subject", async () => {
    const sent = await createCommunication({
      clinicId,
      profileId: alice.profileId!,
      kind: "document",
      subject: "Results of someone else",
    });
    await signIn(alice);
    expect((await loadBox("inbox", undefined, 1)).rows.map((r) => r.id)).toContain(sent.id);

    await signIn(staff);
    expect(await staffActions.withdrawCommunicationAction(null, ids(sent.id))).toMatchObject({
      ok: true,
    });
    // A second withdrawal finds nothing to withdraw.
    expect(await staffActions.withdrawCommunicationAction(null, ids(sent.id))).toMatchObject({
      ok: false,
      code: "notFound",
    });
    const staffView = await loadStaffThread(sent.id);
    expect(staffView.thread.withdrawnAt).toBeInstanceOf(Date);
    expect(staffView.thread.withdrawnBy?.email).toBe(staff.email);

    await signIn(alice);
    expect(await thrownDigest(() => loadThread(sent.id))).toMatch(NOT_FOUND);
    expect((await loadBox("inbox", undefined, 1)).rows.map((r) => r.id)).not.toContain(sent.id);
    expect((await loadBox("documents", undefined, 1)).rows.map((r) => r.id)).not.toContain(sent.id);

    expect(await db().communication.findUnique({ where: { id: sent.id } })).toMatchObject({
      withdrawnById: staff.accountId,
    });
    const audits = await db().auditEvent.findMany({
      where: { resourceId: sent.id, action: "withdraw" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorAccountId: staff.accountId,
      subjectProfileId: alice.profileId,
      outcome: "success",
      detail: { subject: "Results of someone else", kind: "document" },
    });
  });
});

describe("who may use the staff side", () => {
  it("a patient and an anonymous visitor get nothing from the staff loaders and actions; nothing changes", async () => {
    const thread = await replied(alice, 2);
    const snapshot = () =>
      db().communication.findUniqueOrThrow({
        where: { id: thread.id },
        select: { status: true, withdrawnAt: true, staffReadAt: true },
      });
    const before = await snapshot();
    const entries = await db().communicationEntry.count({ where: { communicationId: thread.id } });
    for (const who of [alice, null]) {
      await signIn(who);
      const refused = who ? NOT_FOUND : /^NEXT_REDIRECT;.*login/;
      expect(await thrownDigest(() => loadStaffInbox({}))).toMatch(refused);
      expect(await thrownDigest(() => loadStaffThread(thread.id))).toMatch(refused);
      expect(await thrownDigest(() => loadStaffUnreadCount())).toMatch(refused);
      for (const action of [
        staffActions.closeThreadAction,
        staffActions.reopenThreadAction,
        staffActions.withdrawCommunicationAction,
      ])
        expect(await thrownDigest(() => action(null, ids(thread.id)))).toMatch(refused);
      expect(
        await thrownDigest(() =>
          staffActions.replyAsClinicAction(null, form({ communicationId: thread.id, body: "x" })),
        ),
      ).toMatch(refused);
    }
    // The use cases refuse a patient actor themselves, wherever they are called from.
    const scope = { clinicId, profileId: alice.profileId!, communicationId: thread.id };
    const actor = { accountId: alice.accountId, role: "patient" as const };
    expect(await closeThread(scope as never, actor)).toMatchObject({ ok: false });
    expect(await withdrawCommunication(scope as never, actor)).toMatchObject({ ok: false });

    expect(await snapshot()).toEqual(before);
    expect(await db().communicationEntry.count({ where: { communicationId: thread.id } })).toBe(
      entries,
    );
  });

  it("staff cannot reach another clinic's thread", async () => {
    const otherClinic = await createClinic();
    const { profile } = await createPatient(otherClinic.id, { email: uniqueEmail("elsewhere") });
    const foreign = await createCommunication({ clinicId: otherClinic.id, profileId: profile.id });
    await signIn(staff);
    expect(await thrownDigest(() => loadStaffThread(foreign.id))).toMatch(NOT_FOUND);
    expect(await staffActions.withdrawCommunicationAction(null, ids(foreign.id))).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(await db().communication.findUnique({ where: { id: foreign.id } })).toMatchObject({
      withdrawnAt: null,
    });
  });
});

describe("communication settings", () => {
  const settingsForm = (extra: Record<string, string>) =>
    form({
      name: "Clinique du Parc",
      phone: "514-555-0177",
      email: "info@parc.test",
      addressLine: "1 avenue du Parc",
      city: "Montréal",
      province: "QC",
      postalCode: "H2V 4E6",
      invitationValidityDays: "10",
      termsEn: "Terms.",
      termsFr: "Conditions.",
      defaultReplyRule: "unlimited",
      replyDisclaimerEn: "Call 911 in an emergency.",
      replyDisclaimerFr: "En cas d’urgence, composez le 911.",
      ...extra,
    });

  it("are saved and audited, and a box turned off is a 404 for the patient", async () => {
    await signIn(admin);
    // Unticked boxes are absent from the form: Inbox and Bills off.
    expect(await saveSettingsAction(null, settingsForm({ documentsEnabled: "on" }))).toMatchObject({
      ok: true,
    });
    expect(await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({
      messagesEnabled: false,
      documentsEnabled: true,
      billsEnabled: false,
      patientMessagesEnabled: false,
      defaultReplyRule: "unlimited",
      replyDisclaimerEn: "Call 911 in an emergency.",
      replyDisclaimerFr: "En cas d’urgence, composez le 911.",
    });
    expect(
      await db().auditEvent.count({
        where: { resourceId: clinicId, action: "settings.save", actorAccountId: admin.accountId },
      }),
    ).toBe(1);

    await signIn(alice);
    expect(await thrownDigest(() => loadBox("inbox", undefined, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadBox("bills", undefined, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadBox("sent", undefined, 1))).toMatch(NOT_FOUND);
    expect((await loadBox("documents", undefined, 1)).profile.id).toBe(alice.profileId);

    await signIn(admin);
    expect(
      await saveSettingsAction(
        null,
        settingsForm({
          messagesEnabled: "on",
          documentsEnabled: "on",
          billsEnabled: "on",
          patientMessagesEnabled: "on",
        }),
      ),
    ).toMatchObject({ ok: true });
    await signIn(alice);
    expect((await loadBox("inbox", undefined, 1)).profile.id).toBe(alice.profileId);
    expect((await loadBox("sent", undefined, 1)).canStart).toBe(true);
  });

  it("refuses a disclaimer over 1000 characters and an unknown reply rule; nothing changes", async () => {
    await signIn(admin);
    const before = await db().clinic.findUniqueOrThrow({ where: { id: clinicId } });
    const refused = await saveSettingsAction(
      null,
      settingsForm({ replyDisclaimerFr: "a".repeat(1001), defaultReplyRule: "twice" }),
    );
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((refused as { fields: object }).fields).sort()).toEqual([
      "defaultReplyRule",
      "replyDisclaimerFr",
    ]);
    expect(await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).toEqual(before);
  });

  it("plain staff cannot change them", async () => {
    await signIn(staff);
    expect(
      await thrownDigest(() => saveSettingsAction(null, settingsForm({ billsEnabled: "on" }))),
    ).toMatch(NOT_FOUND);
  });
});
