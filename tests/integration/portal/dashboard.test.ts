// The dashboard's "what needs me?" (loadDashboard) on a real database, for a
// parent managing their own profile, a child granted appointments + messages +
// bills, a child granted messages only, and a teen whose grant lapsed: the
// visits inside their confirmation window, the unread counts per kind and the
// unpaid bills, each only where the account holds that permission.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createAppointment,
  createAppointmentType,
  createBill,
  createClinic,
  createCommunication,
  createPatient,
  createPractitioner,
  createProfile,
  createSite,
  createSpecialty,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInOn, yearsAgo } from "../portal-session";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000", "x-request-id": "req-dashboard" }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { loadDashboard } = await import("@/lib/portal/loaders");
const { markRead } = await import("@/lib/communications/mutations");

const PASSWORD = "Dashboard-test-2026!";
const HOUR = 3_600_000;

let clinicId: string;
let parent: { email: string; accountId: string; profileId: string };
let fullId: string; // appointments + messages + bills
let messagesOnlyId: string; // messages only
let teenId: string; // lapsed at 14 (Québec)
let visit: (
  profileId: string,
  hoursAhead: number,
  status?: "confirmed" | "cancelled",
) => Promise<string>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  const email = uniqueEmail("dash-parent");
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: "Parent",
  });
  parent = { email, accountId: account.id, profileId: profile.id };
  fullId = (await createProfile(clinicId, { firstName: "Full", dateOfBirth: yearsAgo(8) })).id;
  messagesOnlyId = (await createProfile(clinicId, { firstName: "Msg", dateOfBirth: yearsAgo(6) }))
    .id;
  teenId = (await createProfile(clinicId, { firstName: "Teen", dateOfBirth: yearsAgo(15) })).id;
  await grantAccess({
    accountId: parent.accountId,
    profileId: fullId,
    tabs: ["appointments", "messages", "bills"],
  });
  await grantAccess({ accountId: parent.accountId, profileId: messagesOnlyId, tabs: ["messages"] });
  await grantAccess({
    accountId: parent.accountId,
    profileId: teenId,
    tabs: ["appointments", "messages", "documents", "bills"],
  });

  const site = await createSite(clinicId, { nameEn: "Main site" });
  const specialty = await createSpecialty(clinicId, "Family medicine", "Médecine familiale");
  const practitioner = await createPractitioner(clinicId, {
    specialtyIds: [specialty.id],
    siteIds: [site.id],
  });
  const type = await createAppointmentType(clinicId, {
    nameEn: "Visit",
    durationMinutes: 15,
    specialtyId: specialty.id,
  });
  let n = 0;
  // Fixtures may sit anywhere (no slot check); each its own quarter hour.
  visit = async (profileId, hoursAhead, status) =>
    (
      await createAppointment({
        profileId,
        practitionerId: practitioner.id,
        siteId: site.id,
        typeId: type.id,
        startsAt: new Date(Date.now() + hoursAhead * HOUR + ++n * 20 * 60_000),
        status,
      })
    ).id;

  // The clinic's window (the first clinic's settings: 72 h by default).
  ids.ownInWindow = await visit(parent.profileId, 24);
  ids.ownConfirmed = await visit(parent.profileId, 30, "confirmed");
  ids.ownCancelled = await visit(parent.profileId, 36, "cancelled");
  ids.ownLater = await visit(parent.profileId, 24 * 10);
  ids.ownPast = await visit(parent.profileId, -3);
  ids.fullInWindow = await visit(fullId, 40);
  ids.messagesOnlyInWindow = await visit(messagesOnlyId, 20);
  ids.teenInWindow = await visit(teenId, 20);

  const message = (profileId: string, kind: "message" | "document" = "message") =>
    createCommunication({ clinicId, profileId, kind });
  await message(parent.profileId);
  await message(parent.profileId);
  await markRead((await message(parent.profileId)).id, parent.accountId);
  await createCommunication({ clinicId, profileId: parent.profileId, withdrawn: true });
  await message(parent.profileId, "document");
  await message(fullId);
  await message(fullId, "document"); // no documents permission
  await message(messagesOnlyId);
  await message(teenId);

  const bill = (profileId: string, status?: "paid" | "void", dueOn?: string) =>
    createBill({
      clinicId,
      profileId,
      status,
      dueOn,
      lines: [{ description: "Visit", amountCents: 5000 }],
    });
  ids.ownUnpaid = (await bill(parent.profileId, undefined, "2030-01-15")).bill.id;
  await bill(parent.profileId, "paid");
  await bill(parent.profileId, "void");
  const withdrawn = await bill(parent.profileId);
  await db().communication.update({
    where: { id: withdrawn.communication.id },
    data: { withdrawnAt: new Date() },
  });
  ids.fullUnpaid = (await bill(fullId)).bill.id;
  await bill(messagesOnlyId); // no bills permission
  await bill(teenId); // lapsed

  await signInOn(request, parent.email, PASSWORD);
});

describe("the dashboard: what needs the account", () => {
  it("lists exactly the visits inside their confirmation window, of profiles with the appointments permission", async () => {
    const dashboard = await loadDashboard();
    expect(dashboard.toConfirm.map((a) => a.id)).toEqual([ids.ownInWindow, ids.fullInWindow]);
    expect(dashboard.toConfirm.every((a) => a.canConfirm)).toBe(true);
    // The others still coming are upcoming; cancelled, past and not permitted ones are nowhere.
    const upcoming = dashboard.upcoming.map((a) => a.id);
    expect(upcoming).toEqual([ids.ownConfirmed, ids.ownLater]);
    for (const id of [ids.ownCancelled, ids.ownPast, ids.messagesOnlyInWindow, ids.teenInWindow])
      expect([...dashboard.toConfirm, ...dashboard.upcoming].map((a) => a.id)).not.toContain(id);
    expect(dashboard.moreUpcoming).toBe(0);
  });

  it("shows the next five upcoming visits and says the Appointments tab has more", async () => {
    const later = [];
    for (let week = 3; week <= 8; week++) later.push(await visit(parent.profileId, 24 * 7 * week));
    try {
      const dashboard = await loadDashboard();
      expect(dashboard.upcoming.map((a) => a.id)).toEqual([
        ids.ownConfirmed,
        ids.ownLater,
        ...later.slice(0, 3),
      ]);
      expect(dashboard.moreUpcoming).toBe(3);
    } finally {
      await db().appointment.deleteMany({ where: { id: { in: later } } });
    }
  });

  it("counts unread threads per profile, of the kinds the account may see only", async () => {
    const { unread } = await loadDashboard();
    const of = (profileId: string) => unread.find((u) => u.profileId === profileId);
    // Own: two unread messages (one read, one withdrawn), a document, and the bills (unpaid, paid, void).
    expect(of(parent.profileId)?.counts).toEqual({ message: 2, document: 1, bill: 3 });
    expect(of(parent.profileId)?.total).toBe(6);
    expect(of(fullId)?.counts).toEqual({ message: 1, document: 0, bill: 1 });
    expect(of(messagesOnlyId)?.counts).toEqual({ message: 1, document: 0, bill: 0 });
    expect(of(teenId)).toBeUndefined();
    expect(unread.map((u) => u.profileId).sort()).toEqual(
      [parent.profileId, fullId, messagesOnlyId].sort(),
    );
    // The latest few, all unread, none of a kind without its permission.
    const own = of(parent.profileId)!;
    expect(own.latest).toHaveLength(3);
    const read = await db().communicationRead.findMany({
      where: { accountId: parent.accountId },
      select: { communicationId: true },
    });
    for (const m of own.latest) expect(read.map((r) => r.communicationId)).not.toContain(m.id);
    expect(
      of(fullId)!
        .latest.map((m) => m.kind)
        .sort(),
    ).toEqual(["bill", "message"]);
    expect(of(messagesOnlyId)!.latest.map((m) => m.kind)).toEqual(["message"]);
  });

  it("lists unpaid bills only, of profiles with the bills permission", async () => {
    const { bills } = await loadDashboard();
    expect(bills.map((b) => b.profileId)).toEqual([parent.profileId, fullId]);
    expect(bills[0]!.bills.map((b) => b.id)).toEqual([ids.ownUnpaid]);
    expect(bills[0]!.bills[0]).toMatchObject({ dueOn: "2030-01-15", totalCents: 5000 });
    expect(bills[1]!.bills.map((b) => b.id)).toEqual([ids.fullUnpaid]);
  });
});
