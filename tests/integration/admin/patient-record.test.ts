// The tabs of a patient's staff record that read more than the profile, on a
// real database through the real session gate: the appointments tab (upcoming
// soonest first, the latest past ones newest first with their total) and the
// audit tab (this profile's events only, admins only, itself audited). Both
// answer 404 for another clinic's profile, an unknown id and a patient.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { setClockForTests } from "@/lib/clock";
import {
  createAppointment,
  createAppointmentType,
  createClinic,
  createPatient,
  createPractitioner,
  createProfile,
  createSite,
  createStaff,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, signInOn, thrownDigest } from "../portal-session";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({ host: "localhost:3000", "user-agent": "vitest", "x-request-id": "req-record" }),
}));

const { loadPatientAppointments, RECORD_VISITS } = await import("@/lib/appointment-book/loaders");
const { loadPatientAudit } = await import("@/lib/audit/loaders");

const PASSWORD = "Patient-record-2026!";
const DAY = 86_400_000;

let staffEmail: string;
let adminEmail: string;
let patientEmail: string;
let profileId: string;
let otherProfileId: string;
let strangerProfileId: string;
const upcoming: string[] = [];
const past: string[] = [];

beforeAll(async () => {
  setClockForTests(undefined);
  // The first clinic is the app's clinic.
  const clinic = await createClinic({ timeZone: "America/Toronto" });
  const site = (await createSite(clinic.id)).id;
  const practitionerId = (await createPractitioner(clinic.id, { siteIds: [site] })).id;
  const typeId = (await createAppointmentType(clinic.id, { durationMinutes: 15 })).id;
  profileId = (await createProfile(clinic.id, { firstName: "Record" })).id;
  otherProfileId = (await createProfile(clinic.id, { firstName: "Other" })).id;
  const start = Date.now();
  const add = (days: number, into: string[], of = profileId) =>
    createAppointment({
      profileId: of,
      practitionerId,
      siteId: site,
      typeId,
      startsAt: new Date(start + days * DAY),
    }).then((a) => into.push(a.id));
  // Created out of order, so that the order comes from the query.
  await add(9, upcoming);
  await add(2, upcoming);
  for (let i = RECORD_VISITS + 2; i >= 1; i--) await add(-i, past);
  await add(3, [], otherProfileId);

  const other = await createClinic({ timeZone: "America/Toronto" });
  strangerProfileId = (await createProfile(other.id)).id;

  staffEmail = uniqueEmail("record-staff");
  adminEmail = uniqueEmail("record-admin");
  patientEmail = uniqueEmail("record-patient");
  await createStaff({ email: staffEmail, password: PASSWORD });
  await createStaff({ email: adminEmail, password: PASSWORD, role: "admin" });
  await createPatient(clinic.id, { email: patientEmail, password: PASSWORD });
});

describe("the appointments tab", () => {
  it("lists the profile's upcoming visits soonest first and its latest past ones newest first, with their total", async () => {
    await signInOn(request, staffEmail, PASSWORD);
    const list = await loadPatientAppointments(profileId);
    expect(list.timeZone).toBe("America/Toronto");
    expect(list.upcoming.rows.map((a) => a.id)).toEqual([upcoming[1], upcoming[0]]);
    expect(list.upcoming.total).toBe(2);
    expect(list.past.total).toBe(RECORD_VISITS + 2);
    expect(list.past.rows).toHaveLength(RECORD_VISITS);
    // `past` was created oldest first; none of another profile.
    expect(list.past.rows.map((a) => a.id)).toEqual(past.slice(2).reverse());
  });

  it("answers 404 for another clinic's profile, an unknown id and a patient", async () => {
    await signInOn(request, staffEmail, PASSWORD);
    expect(await thrownDigest(() => loadPatientAppointments(strangerProfileId))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadPatientAppointments("no-such-profile"))).toMatch(NOT_FOUND);
    await signInOn(request, patientEmail, PASSWORD);
    expect(await thrownDigest(() => loadPatientAppointments(profileId))).toMatch(NOT_FOUND);
  });
});

describe("the audit tab", () => {
  it("lists this profile's events only, newest first, and records the read", async () => {
    const tag = `record-${Date.now().toString(36)}`;
    await db().auditEvent.createMany({
      data: [
        { at: new Date("2026-02-01T10:00:00Z"), subjectProfileId: profileId, action: `${tag}-a` },
        { at: new Date("2026-02-02T10:00:00Z"), subjectProfileId: profileId, action: `${tag}-b` },
        { at: new Date("2026-02-03T10:00:00Z"), subjectProfileId: otherProfileId, action: tag },
      ].map((e) => ({ ...e, resourceType: "profile" })),
    });
    await signInOn(request, adminEmail, PASSWORD);
    const log = await loadPatientAudit(profileId, {});
    const ours = log.rows.filter((r) => r.action.startsWith(tag)).map((r) => r.action);
    expect(ours).toEqual([`${tag}-b`, `${tag}-a`]);
    expect(log.rows.every((r) => r.subjectProfileId === profileId)).toBe(true);
    expect(log.page).toBe(1);
    const read = await db().auditEvent.findFirst({
      where: { resourceType: "auditLog", action: "view", requestId: "req-record" },
      orderBy: { at: "desc" },
      select: { detail: true },
    });
    expect(read?.detail).toMatchObject({ patient: profileId });
  });

  it("answers 404 to staff who are not admins, for another clinic's profile and an unknown id", async () => {
    await signInOn(request, staffEmail, PASSWORD);
    expect(await thrownDigest(() => loadPatientAudit(profileId, {}))).toMatch(NOT_FOUND);
    await signInOn(request, adminEmail, PASSWORD);
    expect(await thrownDigest(() => loadPatientAudit(strangerProfileId, {}))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadPatientAudit("no-such-profile", {}))).toMatch(NOT_FOUND);
  });
});
