// Staff send communications on a real database, through the real upload route
// handler and next-auth sessions: the rows, the stored bytes and their
// checksum, and the emails (to the profile's account and every account holding
// the permission of the kind, in each one's language, never with the text).
// Bad input — a renamed .exe, an 11 MB file, an empty body — is a field code
// with nothing saved or stored; a patient, an anonymous visitor, another site
// or an unknown profile get nothing. A staff reply makes the thread unread again.
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { countUnread } from "@/lib/communications/data";
import { markRead, replyAsClinic, sendCommunication } from "@/lib/communications/mutations";
import { db } from "@/lib/db/client";
import {
  createClinic,
  createCommunication,
  createPatient,
  createStaff,
  grantAccess,
} from "@/lib/demo/factories";
import { sha256Hex } from "@/lib/files/checksum";
import { fileStorage } from "@/lib/files/storage";
import proxy from "@/proxy";
import { uniqueEmail } from "../harness";
import { signInOn } from "../portal-session";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  origin: "http://localhost:3000",
}));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: request.origin,
      "user-agent": "vitest",
      "x-request-id": "req-staff-send",
      "x-client-ip": "192.0.2.31",
    }),
}));

const { POST } = await import("@/app/api/admin/patients/[profileId]/communications/route");

const PASSWORD = "Staff-send-test-2026!";
const encode = (text: string) => new TextEncoder().encode(text);
const PDF = encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
/** A Windows executable's header, renamed to look like a PDF. */
const EXE = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0x00,
  0x03,
  0x00,
  0x00,
  0x00,
  ...encode("This program cannot be run in DOS mode."),
]);

type Who = { email: string; accountId: string; profileId: string };
let clinicId: string;
let staffEmail: string;
let staffId: string;
let own: Who;
let documentsProxy: Who;
let messagesProxy: Who;

async function patient(name: string, language: "en" | "fr"): Promise<Who> {
  // Accounts store addresses in lower case, as the outbox's rows show them.
  const email = uniqueEmail(name).toLowerCase();
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: name,
    language,
  });
  return { email, accountId: account.id, profileId: profile.id };
}

const signIn = (email: string | null) => signInOn(request, email, PASSWORD);

type Upload = { name: string; bytes: Uint8Array; type?: string };

async function post(profileId: string, fields: Record<string, string>, files: Upload[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files)
    form.append(
      "files",
      new File([f.bytes as BlobPart], f.name, { type: f.type ?? "application/pdf" }),
    );
  const response = await POST(
    new Request(`http://localhost:3000/api/admin/patients/${profileId}/communications`, {
      method: "POST",
      body: form,
    }),
    { params: Promise.resolve({ profileId }) },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      ok: boolean;
      code?: string;
      fields?: Record<string, string>;
      data?: { communicationId: string };
    },
  };
}

const valid = {
  subject: "Your referral form",
  body: "Please print, fill out and bring this form to your appointment.",
  kind: "document",
  replyRule: "once",
};

/** Everything a send writes, to prove a refused one wrote nothing. */
async function counts() {
  return {
    communications: await db().communication.count(),
    entries: await db().communicationEntry.count(),
    attachments: await db().attachment.count(),
    chunks: await db().storedFileChunk.count(),
    emails: await db().outboxEmail.count(),
  };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto", name: "Clinique Test" })).id;
  staffEmail = uniqueEmail("staff").toLowerCase();
  staffId = (await createStaff({ email: staffEmail, password: PASSWORD })).id;
  own = await patient("Heather", "fr");
  documentsProxy = await patient("DocsProxy", "en");
  messagesProxy = await patient("MsgsProxy", "en");
  await grantAccess({
    accountId: documentsProxy.accountId,
    profileId: own.profileId,
    tabs: ["documents"],
    consentRecordedAt: new Date(),
  });
  await grantAccess({
    accountId: messagesProxy.accountId,
    profileId: own.profileId,
    tabs: ["messages", "appointments"],
    consentRecordedAt: new Date(),
  });
});

afterEach(() => {
  request.cookies = {};
  request.origin = "http://localhost:3000";
});

describe("staff send a document with a PDF", () => {
  it("saves the thread, its entry and attachment, stores the exact bytes, and emails the right people", async () => {
    await signIn(staffEmail);
    const { status, body } = await post(own.profileId, valid, [
      { name: "referral.pdf", bytes: PDF },
    ]);
    expect(status).toBe(201);
    expect(body.ok).toBe(true);
    const id = body.data!.communicationId;

    const thread = await db().communication.findUniqueOrThrow({
      where: { id },
      include: { entries: true, attachments: true },
    });
    expect(thread).toMatchObject({
      clinicId,
      profileId: own.profileId,
      kind: "document",
      origin: "clinic",
      subject: valid.subject,
      replyRule: "once",
      createdById: staffId,
      patientActivityAt: null,
    });
    expect(thread.entries).toHaveLength(1);
    expect(thread.entries[0]).toMatchObject({
      author: "clinic",
      authorAccountId: staffId,
      body: valid.body,
    });
    expect(thread.attachments).toHaveLength(1);
    const [attachment] = thread.attachments;
    expect(attachment).toMatchObject({
      fileName: "referral.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      sha256: sha256Hex(PDF),
    });
    const stored = await fileStorage().get(attachment!.storageKey);
    expect(stored).not.toBeNull();
    expect(await readAll(stored!)).toEqual(PDF);

    const emails = await db().outboxEmail.findMany({
      where: {
        template: "communication-shared",
        payload: { path: ["threadUrl"], string_contains: id },
      },
      select: { to: true, locale: true, payload: true },
    });
    const byTo = Object.fromEntries(emails.map((e) => [e.to, e]));
    expect(Object.keys(byTo).sort()).toEqual([own.email, documentsProxy.email].sort());
    expect(byTo[messagesProxy.email]).toBeUndefined();
    expect(byTo[own.email]!.locale).toBe("fr");
    expect(byTo[own.email]!.payload).toMatchObject({
      kind: "document",
      reply: false,
      patientName: "Heather",
      // The link selects the thread's profile (lib/access/profile-choice.ts).
      threadUrl: expect.stringMatching(
        new RegExp(`/fr/documents/${id}\\?profile=${own.profileId}$`),
      ),
    });
    expect(byTo[documentsProxy.email]!.locale).toBe("en");
    expect(byTo[documentsProxy.email]!.payload).toMatchObject({
      threadUrl: expect.stringMatching(
        new RegExp(`/en/documents/${id}\\?profile=${own.profileId}$`),
      ),
    });
    for (const e of emails) {
      expect(JSON.stringify(e.payload)).not.toContain(valid.body);
      expect(JSON.stringify(e.payload)).not.toContain(valid.subject);
    }

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { resourceType: "communication", resourceId: id, action: "send" },
    });
    expect(audit).toMatchObject({
      actorAccountId: staffId,
      subjectProfileId: own.profileId,
      ip: "192.0.2.31",
    });
  });

  it("a message reaches the proxy holding messages, not the one holding documents only", async () => {
    await signIn(staffEmail);
    const { status, body } = await post(own.profileId, {
      ...valid,
      kind: "message",
      replyRule: "none",
    });
    expect(status).toBe(201);
    const emails = await db().outboxEmail.findMany({
      where: { payload: { path: ["threadUrl"], string_contains: body.data!.communicationId } },
      select: { to: true },
    });
    expect(emails.map((e) => e.to).sort()).toEqual([own.email, messagesProxy.email].sort());
  });
});

describe("bad input: a translated field code, nothing saved, nothing stored", () => {
  it("a renamed .exe is notPdf, even beside a real PDF", async () => {
    await signIn(staffEmail);
    const before = await counts();
    const { status, body } = await post(own.profileId, valid, [
      { name: "good.pdf", bytes: PDF },
      { name: "invoice.pdf", bytes: EXE },
    ]);
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, code: "invalid", fields: { files: "notPdf" } });
    expect(await counts()).toEqual(before);
  });

  it("an 11 MB file is fileTooLarge", async () => {
    await signIn(staffEmail);
    const big = new Uint8Array(11_000_000);
    big.set(PDF);
    const before = await counts();
    const { status, body } = await post(own.profileId, valid, [{ name: "scan.pdf", bytes: big }]);
    expect(status).toBe(400);
    expect(body.fields).toEqual({ files: "fileTooLarge" });
    expect(await counts()).toEqual(before);
  });

  it("an empty body is required, a document without a file needs one, more than 5 files are refused", async () => {
    await signIn(staffEmail);
    const before = await counts();
    const blank = await post(own.profileId, { ...valid, body: "   " }, [
      { name: "a.pdf", bytes: PDF },
    ]);
    expect(blank.status).toBe(400);
    expect(blank.body.fields).toEqual({ body: "required" });
    const noFile = await post(own.profileId, valid);
    expect(noFile.body.fields).toEqual({ files: "fileRequired" });
    const six = await post(
      own.profileId,
      valid,
      Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, bytes: PDF })),
    );
    expect(six.body.fields).toEqual({ files: "tooManyFiles" });
    const badKind = await post(own.profileId, { ...valid, kind: "bill" }, [
      { name: "a.pdf", bytes: PDF },
    ]);
    expect(badKind.body.fields).toEqual({ kind: "invalid" });
    expect(await counts()).toEqual(before);
  });

  it("a transaction that fails removes the files it had stored", async () => {
    const profileId = (await authorizeClinicProfile(clinicId, own.profileId))!;
    const before = await counts();
    await expect(
      sendCommunication(
        {
          clinic: { id: clinicId, timeZone: "America/Toronto" },
          profileId,
          kind: "bill",
          subject: "Invoice",
          body: "Your invoice.",
          replyRule: "none",
          files: [{ name: "bill.pdf", bytes: PDF }],
          within: async () => {
            throw new Error("the bill's rows failed");
          },
        },
        { accountId: staffId, role: "staff" },
      ),
    ).rejects.toThrow("the bill's rows failed");
    expect(await counts()).toEqual(before);
  });
});

describe("who may send", () => {
  it("a patient gets a 404, an anonymous visitor a 401, another site a 403; nothing saved", async () => {
    const before = await counts();
    await signIn(own.email);
    expect((await post(own.profileId, valid, [{ name: "a.pdf", bytes: PDF }])).status).toBe(404);
    await signIn(null);
    expect((await post(own.profileId, valid, [{ name: "a.pdf", bytes: PDF }])).status).toBe(401);
    await signIn(staffEmail);
    request.origin = "https://evil.example";
    const crossSite = await post(own.profileId, valid, [{ name: "a.pdf", bytes: PDF }]);
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.code).toBe("forbidden");
    expect(await counts()).toEqual(before);
  });

  it("a profile that does not exist is a 404", async () => {
    await signIn(staffEmail);
    const { status, body } = await post("no-such-profile", valid, [{ name: "a.pdf", bytes: PDF }]);
    expect(status).toBe(404);
    expect(body.code).toBe("notFound");
  });
});

describe("the proxy's body limit", () => {
  const sized = (path: string, bytes: number) =>
    proxy(
      new NextRequest(`http://localhost:3000${path}`, {
        method: "POST",
        headers: { "content-length": String(bytes), origin: "http://localhost:3000" },
      }),
    );
  it("lets the upload route take 5 files of 10 MiB, and nothing else past 1 MiB", async () => {
    const upload = "/api/admin/patients/cm123/communications";
    expect((await sized(upload, 50 * 1024 * 1024)).status).not.toBe(413);
    expect((await sized(upload, 60 * 1024 * 1024)).status).toBe(413);
    expect((await sized("/api/auth/callback/credentials", 2 * 1024 * 1024)).status).toBe(413);
  });
});

describe("staff reply", () => {
  it("makes the thread unread again for the patient side, answered for staff, and emails them", async () => {
    const profileId = (await authorizeClinicProfile(clinicId, own.profileId))!;
    const thread = await createCommunication({
      clinicId,
      profileId: own.profileId,
      kind: "message",
      replyRule: "unlimited",
      replies: [{ author: "patient", body: "A question", accountId: own.accountId }],
    });
    await markRead(thread.id, own.accountId);
    await markRead(thread.id, messagesProxy.accountId);
    const unread = async (accountId: string) =>
      (await countUnread(profileId, accountId, ["message"])).message;
    const [ownBefore, proxyBefore] = [
      await unread(own.accountId),
      await unread(messagesProxy.accountId),
    ];

    const result = await replyAsClinic(
      {
        clinic: { id: clinicId, timeZone: "America/Toronto" },
        profileId,
        communicationId: thread.id,
        body: "Here is the answer.",
      },
      { accountId: staffId, role: "staff" },
    );
    expect(result.ok).toBe(true);
    expect(await unread(own.accountId)).toBe(ownBefore + 1);
    expect(await unread(messagesProxy.accountId)).toBe(proxyBefore + 1);
    expect(await db().communicationRead.count({ where: { communicationId: thread.id } })).toBe(0);
    const after = await db().communication.findUniqueOrThrow({
      where: { id: thread.id },
      select: { status: true, staffReadAt: true },
    });
    expect(after.status).toBe("answered");
    expect(after.staffReadAt).not.toBeNull();
    const emails = await db().outboxEmail.findMany({
      where: { payload: { path: ["threadUrl"], string_contains: thread.id } },
      select: { to: true, payload: true },
    });
    expect(emails.map((e) => e.to).sort()).toEqual([own.email, messagesProxy.email].sort());
    expect(emails.every((e) => (e.payload as { reply: boolean }).reply)).toBe(true);
  });

  it("a withdrawn thread or another profile's is notFound", async () => {
    const profileId = (await authorizeClinicProfile(clinicId, own.profileId))!;
    const withdrawn = await createCommunication({
      clinicId,
      profileId: own.profileId,
      withdrawn: true,
    });
    const elsewhere = await createCommunication({ clinicId, profileId: messagesProxy.profileId });
    for (const id of [withdrawn.id, elsewhere.id]) {
      const result = await replyAsClinic(
        {
          clinic: { id: clinicId, timeZone: "America/Toronto" },
          profileId,
          communicationId: id,
          body: "x",
        },
        { accountId: staffId, role: "staff" },
      );
      expect(result).toMatchObject({ ok: false, code: "notFound" });
    }
  });
});
