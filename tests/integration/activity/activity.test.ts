// The patient's Recent activity and "Who saw my record" on a real database,
// through the loaders the pages call (real next-auth sessions, the selected
// profile as proxy.ts hands it over). The rows come from the app's own writes
// where a test can make them (clinic sends, a withdrawal, a password change,
// staff opening a patient, a proxy opening the appointments tab) and otherwise
// are written as the patient-side mutations write them.
// Access matrix of the access log: own, granted, a grant missing tabs (the
// profile section needs none), lapsed, revoked and unrelated (404).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db/client";
import {
  createAppointment,
  createAppointmentType,
  createClinic,
  createPatient,
  createPractitioner,
  createProfile,
  createSite,
  createSpecialty,
  createStaff,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, signInOn, thrownDigest, yearsAgo } from "../portal-session";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  selected: null as string | null,
}));

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
      "x-request-id": "req-activity",
      "x-client-ip": "192.0.2.40",
      ...(request.selected ? { "x-selected-profile": request.selected } : {}),
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { loadRecentActivity, loadAccessLog, ACCESS_LOG_PAGE_SIZE } =
  await import("@/lib/activity/loaders");
const { loadAppointmentsTab } = await import("@/lib/appointments/loaders");
const { loadBox } = await import("@/lib/communications/loaders");
const { sendCommunication, withdrawCommunication } = await import("@/lib/communications/mutations");
const { changePassword } = await import("@/lib/credentials/password");
const { getPatient } = await import("@/lib/admin/patients");

const PASSWORD = "Activity-test-2026!";
const TZ = "America/Toronto";

type Who = {
  email: string;
  accountId: string;
  profileId: string;
  name: string;
  password?: string;
};
let clinicId: string;
let owner: Who;
let parent: Who;
let apptProxy: Who;
let revokedProxy: Who;
let other: Who;
let staff: { id: string; email: string };
let childId: string;
let teenId: string;
let appointmentId: string;
let messageId: string;
let documentId: string;
let withdrawnId: string;

async function patient(firstName: string): Promise<Who> {
  const email = uniqueEmail(firstName);
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName,
  });
  return {
    email,
    accountId: account.id,
    profileId: profile.id,
    name: `${profile.firstName} ${profile.lastName}`,
  };
}

/** Signs in and selects a profile, as the cookie and proxy.ts do. */
async function as(who: Who, selected: string | null = null) {
  await signInOn(request, who.email, who.password ?? PASSWORD);
  request.selected = selected;
}

const staffActor = () => ({ accountId: staff.id, role: "staff" as const });

async function send(kind: "message" | "document") {
  const sent = await sendCommunication(
    {
      clinic: { id: clinicId, timeZone: TZ },
      profileId: childId as AuthorizedProfileId,
      kind,
      subject: `A ${kind} for the child`,
      body: "Hello.",
      replyRule: "unlimited",
      files: [],
    },
    staffActor(),
  );
  if (!sent.ok) throw new Error(`send failed: ${sent.code}`);
  return sent.data.communicationId;
}

/** An audit row as the patient-side mutations write it (lib/appointments, lib/communications). */
const patientWrite = (
  who: Who,
  profileId: string,
  resourceType: string,
  resourceId: string,
  action: string,
) =>
  recordAudit({
    actorAccountId: who.accountId,
    actorRole: "patient",
    subjectProfileId: profileId,
    resourceType,
    resourceId,
    action,
  });

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: TZ })).id;
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
  owner = await patient("Owner");
  parent = await patient("Parent");
  apptProxy = await patient("Grandma");
  revokedProxy = await patient("Revoked");
  other = await patient("Other");
  staff = await createStaff({ email: uniqueEmail("staff"), password: PASSWORD });
  childId = (await createProfile(clinicId, { firstName: "Child", dateOfBirth: yearsAgo(8) })).id;
  teenId = (await createProfile(clinicId, { firstName: "Teen", dateOfBirth: yearsAgo(15, 30) })).id;
  const all = ["appointments", "messages", "documents", "bills"] as const;
  await grantAccess({ accountId: parent.accountId, profileId: childId, tabs: [...all] });
  // The owner is an adult: their consent to the parent's access is recorded.
  await grantAccess({
    accountId: parent.accountId,
    profileId: owner.profileId,
    tabs: [...all],
    consentRecordedAt: new Date(),
  });
  // Granted when a child; lapsed at 14 (Québec) without the teen's consent.
  await grantAccess({ accountId: parent.accountId, profileId: teenId, tabs: [...all] });
  await grantAccess({ accountId: apptProxy.accountId, profileId: childId, tabs: ["appointments"] });
  const revoked = await grantAccess({
    accountId: revokedProxy.accountId,
    profileId: childId,
    tabs: [...all],
  });
  await db().profileAccess.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });

  appointmentId = (
    await createAppointment({
      profileId: childId,
      practitionerId: practitioner.id,
      siteId: site.id,
      typeId: type.id,
      startsAt: new Date(Date.now() + 10 * 86_400_000),
    })
  ).id;
  // Oldest first: what the child's record went through.
  await patientWrite(parent, childId, "appointment", appointmentId, "book");
  messageId = await send("message");
  documentId = await send("document");
  await patientWrite(parent, childId, "communication", messageId, "reply");
  withdrawnId = await send("message");
  const withdrawn = await withdrawCommunication(
    {
      clinicId,
      profileId: childId as AuthorizedProfileId,
      communicationId: withdrawnId,
    },
    staffActor(),
  );
  expect(withdrawn.ok).toBe(true);
  await recordAudit({
    actorAccountId: staff.id,
    actorRole: "staff",
    subjectProfileId: childId,
    resourceType: "appointment",
    resourceId: appointmentId,
    action: "cancel",
    detail: { by: "clinic" },
  });
});

afterEach(() => {
  request.cookies = {};
  request.selected = null;
});

const summary = (lines: Awaited<ReturnType<typeof loadRecentActivity>>["lines"]) =>
  lines.map((l) => ({ what: l.what, by: l.by, byName: l.byName, path: l.path }));

describe("Recent activity of the selected profile", () => {
  it("lists the child's lines newest first, each linking to the thing itself; never the withdrawn thread", async () => {
    await as(parent, childId);
    const { lines } = await loadRecentActivity();
    const appointment = `/appointments/${appointmentId}`;
    expect(summary(lines)).toEqual([
      { what: "cancelled", by: "clinic", byName: null, path: appointment },
      { what: "replySent", by: "self", byName: null, path: `/inbox/${messageId}` },
      { what: "documentShared", by: "clinic", byName: null, path: `/documents/${documentId}` },
      { what: "messageReceived", by: "clinic", byName: null, path: `/inbox/${messageId}` },
      { what: "booked", by: "self", byName: null, path: appointment },
    ]);
    expect(lines.every((l) => l.profileId === childId)).toBe(true);
    expect(lines.some((l) => l.path.includes(withdrawnId))).toBe(false);
    expect(lines[3]!.subject).toBe("A message for the child");
    expect(lines[0]!.startsAt).toBeInstanceOf(Date);
  });

  it("a proxy allowed appointments only sees the appointment lines, the other holder named", async () => {
    await as(apptProxy, childId);
    const { lines } = await loadRecentActivity();
    expect(summary(lines)).toEqual([
      expect.objectContaining({ what: "cancelled", by: "clinic" }),
      { what: "booked", by: "account", byName: parent.name, path: expect.any(String) },
    ]);
  });

  it("a revoked grant's profile is never shown: the selection falls back to the account's own", async () => {
    await as(revokedProxy, childId);
    const { lines } = await loadRecentActivity();
    expect(lines).toEqual([]);
  });

  it("a password change is a line of one's own profile only, not of a proxy's view of it", async () => {
    const changed = await changePassword(
      owner.accountId,
      { currentPassword: PASSWORD, password: "Activity-new-2026!" },
      {},
    );
    expect(changed.ok).toBe(true);
    owner.password = "Activity-new-2026!";
    await as(owner);
    expect(summary((await loadRecentActivity()).lines)).toEqual([
      { what: "passwordChanged", by: "self", byName: null, path: "/account/password" },
    ]);
    await as(parent, owner.profileId);
    expect((await loadRecentActivity()).lines).toEqual([]);
  });
});

describe("Who saw my record", () => {
  it("lists staff and other accounts' accesses, not the viewer's own; a proxy's tab view once per view", async () => {
    expect(await getPatient({ id: staff.id, role: "staff" }, childId)).not.toBeNull();
    await recordAudit({
      actorAccountId: staff.id,
      actorRole: "staff",
      subjectProfileId: childId,
      resourceType: "communication",
      resourceId: documentId,
      action: "view",
    });
    const before = await db().auditEvent.count({
      where: { actorAccountId: apptProxy.accountId, resourceType: "appointments" },
    });
    await as(apptProxy, childId);
    await loadAppointmentsTab(undefined);
    await loadAppointmentsTab(childId);
    const views = await db().auditEvent.findMany({
      where: { actorAccountId: apptProxy.accountId, resourceType: "appointments" },
      select: { subjectProfileId: true, action: true },
    });
    expect(views).toHaveLength(before + 2);
    expect(views.every((v) => v.subjectProfileId === childId && v.action === "view")).toBe(true);

    await as(parent, childId);
    const log = await loadAccessLog(undefined, 1);
    const rows = log.lines.map((l) => ({ what: l.what, role: l.role, who: l.who }));
    expect(rows.slice(0, 4)).toEqual([
      { what: "viewedAppointments", role: "proxy", who: apptProxy.name },
      { what: "viewedAppointments", role: "proxy", who: apptProxy.name },
      { what: "openedDocument", role: "staff", who: staff.email },
      { what: "openedFile", role: "staff", who: staff.email },
    ]);
    // The parent's own booking and reply are not listed; the clinic's changes are.
    expect(log.lines.some((l) => l.what === "replied")).toBe(false);
    expect(log.lines.some((l) => l.what === "bookedAppointment")).toBe(false);
    expect(log.lines.some((l) => l.what === "cancelledAppointment")).toBe(true);

    // The parent's own visit to the child's tab is recorded, and listed to others only.
    await loadAppointmentsTab(childId);
    const after = await loadAccessLog(childId, 1);
    expect(after.lines.map((l) => l.id)).toEqual(log.lines.map((l) => l.id));
    await as(apptProxy, childId);
    expect((await loadAccessLog(undefined, 1)).lines[0]).toMatchObject({
      what: "viewedAppointments",
      role: "proxy",
      who: parent.name,
    });
  });

  it("a proxy opening a box of the child is recorded and listed with the box's name", async () => {
    await as(parent, childId);
    await loadBox("documents", undefined, 1);
    await as(apptProxy, childId);
    expect((await loadAccessLog(undefined, 1)).lines[0]).toMatchObject({
      what: "viewedBox",
      box: "documents",
      role: "proxy",
      who: parent.name,
    });
  });

  it("the own account's visits to its own tabs are not recorded", async () => {
    const before = await db().auditEvent.count({
      where: { actorAccountId: owner.accountId, resourceType: { in: ["appointments", "box"] } },
    });
    await as(owner);
    await loadAppointmentsTab(undefined);
    await loadBox("inbox", undefined, 1);
    expect(
      await db().auditEvent.count({
        where: { actorAccountId: owner.accountId, resourceType: { in: ["appointments", "box"] } },
      }),
    ).toBe(before);
  });

  it("the person's own use of their record is not listed to an account managing it", async () => {
    await recordAudit({
      actorAccountId: owner.accountId,
      actorRole: "patient",
      subjectProfileId: owner.profileId,
      resourceType: "profile",
      resourceId: owner.profileId,
      action: "patients.view",
    });
    await recordAudit({
      actorAccountId: staff.id,
      actorRole: "staff",
      subjectProfileId: owner.profileId,
      resourceType: "profile",
      resourceId: owner.profileId,
      action: "patients.view",
    });
    await as(parent, owner.profileId);
    const log = await loadAccessLog(undefined, 1);
    expect(log.lines.map((l) => l.who)).toEqual([staff.email]);
    await as(owner);
    expect((await loadAccessLog(undefined, 1)).lines.map((l) => l.who)).toEqual([staff.email]);
  });

  it("is paginated, newest first", async () => {
    for (let i = 0; i < ACCESS_LOG_PAGE_SIZE + 3; i++)
      await recordAudit({
        actorAccountId: staff.id,
        actorRole: "staff",
        subjectProfileId: owner.profileId,
        resourceType: "profile",
        resourceId: owner.profileId,
        action: i === ACCESS_LOG_PAGE_SIZE + 2 ? "somethingNew" : "patients.view",
      });
    await as(owner);
    const first = await loadAccessLog(undefined, 1);
    expect(first.pages).toBe(2);
    expect(first.lines).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    // An action the mapping does not know reads as a generic access.
    expect(first.lines[0]!.what).toBe("accessed");
    const second = await loadAccessLog(undefined, 2);
    expect(second.lines.length).toBeGreaterThanOrEqual(3);
    const ids = new Set(first.lines.map((l) => l.id));
    expect(second.lines.some((l) => ids.has(l.id))).toBe(false);
    expect(second.lines.at(-1)!.at.getTime()).toBeLessThanOrEqual(first.lines.at(-1)!.at.getTime());
    // The owner's own password change is not an access by someone else.
    expect([...first.lines, ...second.lines].every((l) => l.role !== "ownAccount")).toBe(true);
  });

  it.each([
    ["own", () => owner, () => owner.profileId, true],
    ["granted", () => parent, () => childId, true],
    ["a grant missing tabs", () => apptProxy, () => childId, true],
    ["lapsed", () => parent, () => teenId, false],
    ["revoked", () => revokedProxy, () => childId, false],
    ["unrelated", () => other, () => childId, false],
  ])("access matrix: %s", async (_, who, profile, allowed) => {
    await as(who());
    const digest = await thrownDigest(() => loadAccessLog(profile(), 1));
    if (allowed) expect(digest).toBe("no error");
    else expect(digest).toMatch(NOT_FOUND);
  });
});
