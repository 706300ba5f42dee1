// Staff enter bills and change their status on a real database, through the
// real action wrapper and next-auth sessions: the stored lines, taxes and
// totals are billAmounts' to the cent; the patient and a proxy with the bills
// permission are emailed, a proxy without it is not; a reused number or a due
// date before the issue date saves nothing; paid and void are audited with
// before/after and happen once; a patient gets nothing; the PDF of a paid bill
// says so in the patient's language.
import { extractText } from "unpdf";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { billAmounts } from "@/lib/bills/amounts";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff, grantAccess } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { form, signInOn } from "../portal-session";

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
      "x-request-id": "req-staff-bills",
      "x-client-ip": "192.0.2.41",
    }),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
}));

const { enterBillAction, setBillStatusAction, saveClinicTaxesAction } =
  await import("@/lib/bills/actions");
const { billResponse } = await import("@/lib/communications/downloads");

const PASSWORD = "Staff-bills-test-2026!";
const TAXES = [
  { nameEn: "GST", nameFr: "TPS", ratePpm: 50_000 },
  { nameEn: "QST", nameFr: "TVQ", ratePpm: 99_750 },
];

type Who = { email: string; accountId: string; profileId: string };
let clinicId: string;
let staffEmail: string;
let adminEmail: string;
let own: Who;
let billsProxy: Who;
let messagesProxy: Who;

async function patient(name: string, language: "en" | "fr"): Promise<Who> {
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

let numbers = 0;
const billForm = (overrides: Record<string, string | string[]> = {}) =>
  form({
    profileId: own.profileId,
    number: `F-${Date.now()}-${++numbers}`,
    issuedOn: "2026-12-01",
    dueOn: "2026-12-31",
    replyRule: "once",
    description: ["Évaluation", "Orthèse", "Rabais fidélité", ""],
    amount: ["95,00", "123.45", "-10", ""],
    ...overrides,
  });

async function enter(overrides: Record<string, string | string[]> = {}) {
  const result = await enterBillAction(null, billForm(overrides));
  if (!result.ok) throw new Error(`bill refused: ${JSON.stringify(result)}`);
  const communicationId = (result.data as { communicationId: string }).communicationId;
  return db().bill.findUniqueOrThrow({ where: { communicationId } });
}

const counts = async () => ({
  communications: await db().communication.count(),
  bills: await db().bill.count(),
  lines: await db().billLine.count(),
  emails: await db().outboxEmail.count(),
});

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto", name: "Clinique Test" })).id;
  await db().clinicTax.createMany({
    data: TAXES.map((t, position) => ({ ...t, clinicId, position })),
  });
  staffEmail = uniqueEmail("staff").toLowerCase();
  await createStaff({ email: staffEmail, password: PASSWORD });
  adminEmail = uniqueEmail("admin").toLowerCase();
  await createStaff({ email: adminEmail, password: PASSWORD, role: "admin" });
  own = await patient("Heather", "fr");
  billsProxy = await patient("BillsProxy", "en");
  messagesProxy = await patient("MsgsProxy", "en");
  await grantAccess({
    accountId: billsProxy.accountId,
    profileId: own.profileId,
    tabs: ["bills"],
    consentRecordedAt: new Date(),
  });
  await grantAccess({
    accountId: messagesProxy.accountId,
    profileId: own.profileId,
    tabs: ["messages", "documents"],
    consentRecordedAt: new Date(),
  });
});

afterEach(() => {
  request.cookies = {};
});

describe("staff enter a bill", () => {
  it("stores its lines, the clinic's taxes and the totals billAmounts computes, and emails who may see bills", async () => {
    await signIn(staffEmail);
    const emailsBefore = await db().outboxEmail.findMany({ select: { id: true } });
    const bill = await enter();
    const stored = await db().bill.findUniqueOrThrow({
      where: { id: bill.id },
      include: {
        lines: { orderBy: { position: "asc" } },
        taxes: { orderBy: { position: "asc" } },
        communication: { include: { entries: true } },
      },
    });
    const lines = [
      { description: "Évaluation", amountCents: 9_500 },
      { description: "Orthèse", amountCents: 12_345 },
      { description: "Rabais fidélité", amountCents: -1_000 },
    ];
    const expected = billAmounts(lines, TAXES);
    expect(
      stored.lines.map(({ description, amountCents }) => ({ description, amountCents })),
    ).toEqual(lines);
    expect(
      stored.taxes.map(({ nameEn, nameFr, ratePpm, amountCents }) => ({
        nameEn,
        nameFr,
        ratePpm,
        amountCents,
      })),
    ).toEqual(expected.taxes);
    expect(stored).toMatchObject({
      clinicId,
      status: "unpaid",
      subtotalCents: expected.subtotalCents,
      totalCents: expected.totalCents,
      statusChangedAt: null,
    });
    expect(stored.issuedOn.toISOString().slice(0, 10)).toBe("2026-12-01");
    // No subject typed: the patient's language names it.
    expect(stored.communication).toMatchObject({
      kind: "bill",
      profileId: own.profileId,
      replyRule: "once",
      subject: `Facture ${stored.number}`,
    });
    expect(stored.communication.entries).toHaveLength(1);

    const sent = await db().outboxEmail.findMany({
      where: { id: { notIn: emailsBefore.map((e) => e.id) } },
      select: { to: true },
    });
    const to = sent.map((e) => e.to).sort();
    expect(to).toEqual([own.email, billsProxy.email].sort());
    expect(to).not.toContain(messagesProxy.email);
  });

  it("refuses a number the clinic already used, saving nothing", async () => {
    await signIn(staffEmail);
    const first = await enter();
    const before = await counts();
    expect(await enterBillAction(null, billForm({ number: first.number }))).toMatchObject({
      ok: false,
      code: "invalid",
      fields: { number: "numberTaken" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a due date before the issue date, and a discount larger than the lines", async () => {
    await signIn(staffEmail);
    const before = await counts();
    expect(
      await enterBillAction(null, billForm({ issuedOn: "2026-12-10", dueOn: "2026-12-09" })),
    ).toMatchObject({ ok: false, code: "invalid", fields: { dueOn: "dueBeforeIssued" } });
    expect(
      await enterBillAction(
        null,
        billForm({ description: ["Visit", "Discount"], amount: ["10", "-10,01"] }),
      ),
    ).toMatchObject({ ok: false, code: "invalid", fields: { lines: "negativeSubtotal" } });
    expect(
      await enterBillAction(null, billForm({ description: ["Visit"], amount: ["abc"] })),
    ).toMatchObject({ ok: false, code: "invalid", fields: { amount0: "amountInvalid" } });
    expect(await counts()).toEqual(before);
  });
});

describe("paid and void", () => {
  it("marks a bill paid once, audited with before and after; its PDF then says PAYÉE", async () => {
    await signIn(staffEmail);
    const bill = await enter();
    const change = () => setBillStatusAction(null, form({ billId: bill.id, status: "paid" }));
    expect(await change()).toMatchObject({ ok: true });
    expect(await change()).toMatchObject({ ok: false, code: "alreadyChanged" });
    const after = await db().bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(after.status).toBe("paid");
    expect(after.statusChangedAt).not.toBeNull();
    const audits = await db().auditEvent.findMany({
      where: { resourceType: "bill", resourceId: bill.id, action: "markPaid" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      subjectProfileId: own.profileId,
      detail: { before: "unpaid", after: "paid" },
    });

    const response = await billResponse(bill.id, "inline");
    expect(response?.status).toBe(200);
    const bytes = new Uint8Array(await response!.arrayBuffer());
    const { text } = await extractText(bytes, { mergePages: true });
    expect(text).toContain("PAYÉE");
  });

  it("voids an unpaid bill once: the second void, and paying it after, are refused", async () => {
    await signIn(staffEmail);
    const bill = await enter();
    expect(
      await setBillStatusAction(null, form({ billId: bill.id, status: "void" })),
    ).toMatchObject({ ok: true });
    for (const status of ["void", "paid"])
      expect(await setBillStatusAction(null, form({ billId: bill.id, status }))).toMatchObject({
        ok: false,
        code: "alreadyChanged",
      });
    expect((await db().bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("void");
    const audits = await db().auditEvent.findMany({
      where: { resourceType: "bill", resourceId: bill.id },
    });
    expect(audits.map((a) => [a.action, a.detail])).toEqual([
      ["void", expect.objectContaining({ before: "unpaid", after: "void" })],
    ]);
  });

  it("leaves the bill of a withdrawn communication as it is", async () => {
    await signIn(staffEmail);
    const bill = await enter();
    const { communicationId } = await db().bill.findUniqueOrThrow({ where: { id: bill.id } });
    await db().communication.update({
      where: { id: communicationId },
      data: { withdrawnAt: new Date() },
    });
    expect(
      await setBillStatusAction(null, form({ billId: bill.id, status: "paid" })),
    ).toMatchObject({ ok: false, code: "alreadyChanged" });
    expect((await db().bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("unpaid");
  });
});

describe("who may", () => {
  it("refuses the patient and an anonymous visitor every bill action", async () => {
    await signIn(staffEmail);
    const bill = await enter();
    const before = await counts();
    for (const who of [own.email, null]) {
      await signIn(who);
      const runs = [
        () => enterBillAction(null, billForm()),
        () => setBillStatusAction(null, form({ billId: bill.id, status: "paid" })),
      ];
      for (const run of runs) {
        const outcome = await run().then(
          (r) => (r.ok ? "accepted" : "refused"),
          () => "refused",
        );
        expect(outcome).toBe("refused");
      }
    }
    expect(await counts()).toEqual(before);
    expect((await db().bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("unpaid");
  });
});

describe("the clinic's taxes", () => {
  it("an admin replaces them (audited); staff may not; a new bill copies the new ones", async () => {
    const taxForm = form({ nameEn: ["HST"], nameFr: ["TVH"], rate: ["13"] });
    await signIn(staffEmail);
    const refused = await saveClinicTaxesAction(null, taxForm).then(
      (r) => r.ok,
      () => false,
    );
    expect(refused).toBe(false);
    await signIn(adminEmail);
    expect(
      await saveClinicTaxesAction(null, form({ nameEn: ["HST"], nameFr: ["TVH"], rate: ["13,5"] })),
    ).toMatchObject({ ok: true });
    expect(
      await db().clinicTax.findMany({
        where: { clinicId },
        select: { nameEn: true, nameFr: true, ratePpm: true },
      }),
    ).toEqual([{ nameEn: "HST", nameFr: "TVH", ratePpm: 135_000 }]);
    expect(
      await db().auditEvent.count({ where: { resourceId: clinicId, action: "updateTaxes" } }),
    ).toBe(1);
    const bill = await enter({ description: ["Visit"], amount: ["100"] });
    expect(bill.totalCents).toBe(11_350);
    // Put the clinic's taxes back for any later test.
    await db().clinicTax.deleteMany({ where: { clinicId } });
    await db().clinicTax.createMany({
      data: TAXES.map((t, position) => ({ ...t, clinicId, position })),
    });
  });
});
