// The files of a thread over the real access check, file storage and PDF
// renderer: a PDF attachment and a bill's PDF. The patient and the staff get
// the bytes with headers that keep them private and inert; a proxy without the
// kind's permission, another patient, a withdrawn thread and an anonymous
// visitor get nothing (the route answers 404), and no success is audited for
// them. Every view and download that succeeds is audited.
import { extractText } from "unpdf";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createAttachment,
  createBill,
  createClinic,
  createCommunication,
  createPatient,
  createProfile,
  createStaff,
  grantAccess,
} from "@/lib/demo/factories";
import { renderBillPdf } from "@/lib/bills/pdf";
import { uniqueEmail } from "../harness";
import { signInOn } from "../portal-session";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({ host: "localhost:3000", "user-agent": "vitest", "x-client-ip": "192.0.2.31" }),
}));

const { attachmentResponse, billResponse } = await import("@/lib/communications/downloads");

const PASSWORD = "Downloads-test-2026!";
type Who = { email: string; accountId: string };
let clinicId: string;
let parent: Who;
let proxy: Who;
let other: Who;
let staff: Who;
let childId: string;
let pdf: Uint8Array;

const signIn = (who: Who | null) => signInOn(request, who?.email ?? null, PASSWORD);

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  const patient = async (name: string) => {
    const email = uniqueEmail(name);
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    return { email, accountId: account.id };
  };
  parent = await patient("parent");
  proxy = await patient("proxy");
  other = await patient("other");
  const staffEmail = uniqueEmail("staff");
  staff = {
    email: staffEmail,
    accountId: (await createStaff({ email: staffEmail, password: PASSWORD })).id,
  };
  childId = (
    await createProfile(clinicId, {
      firstName: "Zoé",
      lastName: "Bélanger",
      dateOfBirth: "2018-03-02",
      language: "fr",
    })
  ).id;
  await grantAccess({
    accountId: parent.accountId,
    profileId: childId,
    tabs: ["messages", "documents", "bills"],
  });
  await grantAccess({ accountId: proxy.accountId, profileId: childId, tabs: ["messages"] });
  // A real PDF to store: a bill rendered by the portal itself.
  pdf = await renderBillPdf(
    {
      clinic: {
        name: "Clinique",
        addressLine: "1 rue",
        city: "Montréal",
        province: "QC",
        postalCode: "H2X 1Y4",
        phone: "514-555-0100",
        email: "c@clinic.test",
      },
      patientName: "Test",
      number: "T-1",
      issuedOn: "2026-12-01",
      dueOn: "2026-12-31",
      status: "unpaid",
      lines: [{ description: "Form", amountCents: 1000 }],
      taxes: [],
      subtotalCents: 1000,
      totalCents: 1000,
    },
    "en",
  );
}, 60_000);

afterEach(() => {
  request.cookies = {};
});

const successes = (accountId: string, resourceId: string) =>
  db().auditEvent.count({ where: { actorAccountId: accountId, resourceId, outcome: "success" } });

describe("a PDF attachment", () => {
  it("opens inline and downloads for the parent with the documents permission, with safe headers, audited", async () => {
    const thread = await createCommunication({ clinicId, profileId: childId, kind: "document" });
    const file = await createAttachment({
      communicationId: thread.id,
      bytes: pdf,
      fileName: 'formulaire "été".pdf',
    });
    await signIn(parent);
    const inline = await attachmentResponse(file.id, "inline");
    expect(inline?.status).toBe(200);
    expect(new Uint8Array(await inline!.arrayBuffer())).toEqual(pdf);
    expect(inline!.headers.get("Content-Type")).toBe("application/pdf");
    expect(inline!.headers.get("Cache-Control")).toBe("private, no-store");
    expect(inline!.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(inline!.headers.get("Content-Security-Policy")).toContain("sandbox");
    expect(inline!.headers.get("Content-Disposition")).toMatch(
      /^inline; filename="[^"]*"; filename\*=UTF-8''/,
    );
    const download = await attachmentResponse(file.id, "attachment");
    expect(download!.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    await download!.arrayBuffer();
    const audited = await db().auditEvent.findMany({
      where: { actorAccountId: parent.accountId, resourceId: file.id },
      select: { action: true, outcome: true, subjectProfileId: true },
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: "view", outcome: "success", subjectProfileId: childId },
        { action: "download", outcome: "success", subjectProfileId: childId },
      ]),
    );
  });

  it("is a 404 for a proxy without documents, another patient, an anonymous visitor, and once withdrawn", async () => {
    const thread = await createCommunication({ clinicId, profileId: childId, kind: "document" });
    const file = await createAttachment({ communicationId: thread.id, bytes: pdf });
    for (const who of [proxy, other, null]) {
      await signIn(who);
      expect(await attachmentResponse(file.id, "inline")).toBeNull();
      expect(await attachmentResponse(file.id, "attachment")).toBeNull();
    }
    expect(await successes(proxy.accountId, file.id)).toBe(0);
    expect(await successes(other.accountId, file.id)).toBe(0);
    await db().communication.update({
      where: { id: thread.id },
      data: { withdrawnAt: new Date() },
    });
    await signIn(parent);
    expect(await attachmentResponse(file.id, "inline")).toBeNull();
    expect(await attachmentResponse("no-such-attachment", "inline")).toBeNull();
    expect(await successes(parent.accountId, file.id)).toBe(0);
  });

  it("opens for staff of the clinic (withdrawn included: the clinic keeps its record)", async () => {
    const thread = await createCommunication({
      clinicId,
      profileId: childId,
      kind: "document",
      withdrawn: true,
    });
    const file = await createAttachment({ communicationId: thread.id, bytes: pdf });
    await signIn(staff);
    const response = await attachmentResponse(file.id, "inline");
    expect(new Uint8Array(await response!.arrayBuffer())).toEqual(pdf);
    expect(await successes(staff.accountId, file.id)).toBe(1);
  });

  it("fails the stream, instead of serving altered bytes, when the stored file no longer matches its checksum", async () => {
    const thread = await createCommunication({ clinicId, profileId: childId, kind: "document" });
    const file = await createAttachment({ communicationId: thread.id, bytes: pdf });
    await db().attachment.update({ where: { id: file.id }, data: { sha256: "0".repeat(64) } });
    await signIn(parent);
    const response = await attachmentResponse(file.id, "inline");
    await expect(response!.arrayBuffer()).rejects.toThrow();
  });
});

describe("a bill's PDF", () => {
  it("is rendered in the patient's language (French here) with the amount, for the parent with bills", async () => {
    const { bill } = await createBill({
      clinicId,
      profileId: childId,
      number: "F-2026-001",
      lines: [{ description: "Formulaire d’assurance", amountCents: 10000 }],
      taxes: [
        { nameEn: "GST", nameFr: "TPS", ratePpm: 50_000 },
        { nameEn: "QST", nameFr: "TVQ", ratePpm: 99_750 },
      ],
    });
    await signIn(parent);
    const response = await billResponse(bill.id, "attachment");
    expect(response!.headers.get("Content-Disposition")).toMatch(
      /filename="facture-F-2026-001\.pdf"/,
    );
    const { text } = await extractText(new Uint8Array(await response!.arrayBuffer()), {
      mergePages: true,
    });
    expect(text).toContain("Facture");
    expect(text).toContain("Zoé Bélanger");
    expect(text).toMatch(/114,98\s\$/);
    expect(text).toContain("TVQ");
    expect(await successes(parent.accountId, bill.id)).toBe(1);
  }, 30_000);

  it("is a 404 for a proxy without bills and for another patient", async () => {
    const { bill } = await createBill({
      clinicId,
      profileId: childId,
      lines: [{ description: "Note", amountCents: 2500 }],
    });
    for (const who of [proxy, other, null]) {
      await signIn(who);
      expect(await billResponse(bill.id, "inline")).toBeNull();
    }
    expect(await successes(proxy.accountId, bill.id)).toBe(0);
  });
});
