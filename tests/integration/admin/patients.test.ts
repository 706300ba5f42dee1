// Patients as staff manage them, against a real database: the list and its
// search and pages, creating a profile, invitations (send, re-send, revoke),
// password reset (AU-21) and lock (SE-3). Every action is audited with the
// staff actor and the profile (AL-2), and a patient calling any of them gets
// a refusal and changes nothing (AC-6).
import { beforeAll, describe, expect, it } from "vitest";
import {
  createPatientProfile,
  getPatient,
  listPatients,
  PAGE_SIZE,
  resetPatientPassword,
  revokeInvitation,
  sendInvitation,
  setPatientLocked,
} from "@/lib/admin/patients";
import type { CreateProfileInput } from "@/lib/admin/schema";
import { db } from "@/lib/db/client";
import {
  createClinic,
  createPatient,
  createProfile,
  createStaff,
  createUndeliveredEmail,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

let clinicId: string;
let staff: { id: string; role: "staff" };
let patient: { id: string; role: "patient"; profileId: string };
const req = { ip: "198.51.100.4", userAgent: "vitest", requestId: "req-patients" };

const profileInput = (over: Partial<CreateProfileInput> = {}): CreateProfileInput => ({
  firstName: "Nadia",
  lastName: "Ouellet",
  dateOfBirth: "1990-02-03",
  sex: "female",
  primaryPhone: "514-555-0142",
  primaryPhoneType: "mobile",
  secondaryPhone: null,
  secondaryPhoneType: null,
  addressLine: null,
  city: null,
  province: "QC",
  postalCode: null,
  language: "fr",
  email: undefined,
  ...over,
});

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  staff = { id: (await createStaff({ email: uniqueEmail("staff") })).id, role: "staff" };
  const p = await createPatient(clinicId, {
    email: uniqueEmail("patient"),
    firstName: "Paul",
    lastName: "Patient",
  });
  patient = { id: p.account.id, role: "patient", profileId: p.profile.id };
});

describe("creating a profile", () => {
  it("creates the profile and, with an email, sends the invitation; both audited with actor and profile", async () => {
    const email = uniqueEmail("nadia");
    const result = await createPatientProfile(staff, profileInput({ email }), req);
    expect(result.ok).toBe(true);
    const profileId = result.ok ? result.data!.profileId : "";
    expect(await db().patientProfile.findUniqueOrThrow({ where: { id: profileId } })).toMatchObject(
      { firstName: "Nadia", language: "fr", clinicId },
    );
    const invitation = await db().invitation.findFirstOrThrow({ where: { profileId } });
    expect(invitation).toMatchObject({
      email,
      createdById: staff.id,
      acceptedAt: null,
      revokedAt: null,
    });
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail).toMatchObject({ template: "patient-invitation", locale: "fr" });
    const payload = mail.payload as { code: string; invitationUrl: string };
    expect(payload.code).toMatch(/^\d{6}$/);
    expect(payload.invitationUrl).toMatch(/\/fr\/invitation\/[A-Za-z0-9_-]{40,}$/);
    const audits = await db().auditEvent.findMany({
      where: { subjectProfileId: profileId },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual(["patients.create", "invitation.send"]);
    for (const audit of audits) {
      expect(audit).toMatchObject({ actorAccountId: staff.id, actorRole: "staff", ip: req.ip });
      expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(payload.code);
    }
  });

  it("refuses a patient and creates nothing", async () => {
    const before = await db().patientProfile.count();
    expect(
      await createPatientProfile(patient, profileInput({ lastName: "Forged" }), req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await db().patientProfile.count()).toBe(before);
  });
});

describe("the list", () => {
  beforeAll(async () => {
    for (let i = 0; i < 30; i++)
      await createProfile(clinicId, {
        firstName: "Bulk",
        lastName: `Zed-${String(i).padStart(2, "0")}`,
        dateOfBirth: "2001-07-08",
      });
    await createProfile(clinicId, {
      firstName: "Unique",
      lastName: "Findable",
      dateOfBirth: "1944-04-04",
    });
  });

  it("pages by 25", async () => {
    const first = await listPatients(staff, { query: "Bulk", page: 1 });
    expect(first).toMatchObject({ total: 30, page: 1, pages: 2 });
    expect(first!.rows).toHaveLength(PAGE_SIZE);
    const second = await listPatients(staff, { query: "Bulk", page: 2 });
    expect(second!.rows).toHaveLength(5);
    expect(second!.rows[4]!.name).toBe("Bulk Zed-29");
    expect((await listPatients(staff, { query: "Bulk", page: 99 }))!.page).toBe(2);
  });

  it("searches by name, date of birth and email, and shows the account status", async () => {
    expect((await listPatients(staff, { query: "findable" }))!.rows.map((r) => r.name)).toEqual([
      "Unique Findable",
    ]);
    expect((await listPatients(staff, { query: "1944-04-04" }))!.rows.map((r) => r.name)).toEqual([
      "Unique Findable",
    ]);
    const email = (await db().account.findUniqueOrThrow({ where: { id: patient.id } })).email;
    const byEmail = await listPatients(staff, { query: email.toUpperCase() });
    expect(byEmail!.rows).toEqual([
      {
        id: patient.profileId,
        name: "Paul Patient",
        dateOfBirth: "1985-05-20",
        sex: "female",
        email,
        status: "active",
      },
    ]);
    expect((await listPatients(staff, { query: "nadia" }))!.rows[0]!.status).toBe("invited");
    expect((await listPatients(staff, { query: "findable" }))!.rows[0]!.status).toBe("none");
  });

  it("a % or _ in the query is that character, not a wildcard matching every patient", async () => {
    await createProfile(clinicId, { firstName: "Percent", lastName: "Hundred%" });
    await createProfile(clinicId, { firstName: "Under", lastName: "Score_Name" });
    const names = async (query: string) =>
      (await listPatients(staff, { query }))!.rows.map((r) => r.name);
    expect(await names("%")).toEqual(["Percent Hundred%"]);
    expect(await names("_")).toEqual(["Under Score_Name"]);
    expect(await names("d%")).toEqual(["Percent Hundred%"]);
    expect(await names("e_n")).toEqual(["Under Score_Name"]);
    expect(await names("\\")).toEqual([]);
  });

  it("gives patients nothing", async () => {
    expect(await listPatients(patient, { query: "" })).toBeNull();
    expect(await getPatient(patient, patient.profileId)).toBeNull();
  });

  it("opening a profile is audited as a view", async () => {
    const seen = await getPatient(staff, patient.profileId, req);
    expect(seen).toMatchObject({ id: patient.profileId, status: "active" });
    expect(
      await db().auditEvent.count({
        where: {
          action: "patients.view",
          subjectProfileId: patient.profileId,
          actorAccountId: staff.id,
        },
      }),
    ).toBe(1);
  });

  it("opens only a profile of the clinic: another clinic's is not found, and nothing is audited", async () => {
    const elsewhere = await createProfile((await createClinic()).id, { firstName: "Away" });
    expect(await getPatient(staff, elsewhere.id, req)).toBeNull();
    expect(await db().auditEvent.count({ where: { subjectProfileId: elsewhere.id } })).toBe(0);
  });
});

describe("invitations", () => {
  it("re-sending revokes the pending invitation; revoking is audited; a patient can do neither", async () => {
    const profile = await createProfile(clinicId, { firstName: "Ines" });
    const email = uniqueEmail("ines");
    expect(await sendInvitation(staff, { profileId: profile.id, email }, req)).toMatchObject({
      ok: true,
    });
    expect(await sendInvitation(staff, { profileId: profile.id, email }, req)).toMatchObject({
      ok: true,
    });
    const [older, newer] = await db().invitation.findMany({
      where: { profileId: profile.id },
      orderBy: { createdAt: "asc" },
    });
    expect(older!.revokedAt).not.toBeNull();
    expect(newer!.revokedAt).toBeNull();

    expect(await revokeInvitation(patient, newer!.id, req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await sendInvitation(patient, { profileId: profile.id, email: uniqueEmail("evil") }, req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await db().invitation.count({ where: { profileId: profile.id } })).toBe(2);

    expect(await revokeInvitation(staff, newer!.id, req)).toMatchObject({ ok: true });
    expect(
      (await db().invitation.findUniqueOrThrow({ where: { id: newer!.id } })).revokedAt,
    ).not.toBeNull();
    expect(await revokeInvitation(staff, newer!.id, req)).toMatchObject({
      ok: false,
      code: "notPending",
    });
    const actions = (
      await db().auditEvent.findMany({
        where: { subjectProfileId: profile.id, outcome: "success" },
        orderBy: { id: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["invitation.send", "invitation.send", "invitation.revoke"]);
  });

  it("refuses to invite a profile that already has an account", async () => {
    expect(
      await sendInvitation(
        staff,
        { profileId: patient.profileId, email: uniqueEmail("again") },
        req,
      ),
    ).toMatchObject({ ok: false, code: "hasAccount" });
  });
});

describe("a patient's account", () => {
  it("shows staff the emails never delivered to the patient's address, and no one else's", async () => {
    const p = await createPatient(clinicId, { email: uniqueEmail("bounced") });
    await createUndeliveredEmail({ to: p.account.email });
    await createUndeliveredEmail({ to: p.account.email, template: "a-template-since-removed" });
    await createUndeliveredEmail({ to: uniqueEmail("someone-else") });
    // Delivered: not listed.
    await db().outboxEmail.create({
      data: {
        to: p.account.email,
        locale: "en",
        template: "password-reset",
        payload: {},
        status: "sent",
      },
    });
    const seen = await getPatient(staff, p.profile.id, req);
    expect(seen?.undelivered).toHaveLength(2);
    expect(seen?.undelivered.map((e) => e.template).sort()).toEqual(["appointment-reminder", null]);
    expect(seen?.undelivered[0]).toMatchObject({
      to: p.account.email,
      attempts: 1,
      lastError: expect.stringContaining("(422)"),
    });
  });

  it("password reset: an email with a link; staff never see or set the password (AU-21); audited", async () => {
    const p = await createPatient(clinicId, { email: uniqueEmail("forgot") });
    expect(await resetPatientPassword(patient, p.profile.id, req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(await resetPatientPassword(staff, p.profile.id, req)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(
      (await db().account.findUniqueOrThrow({ where: { id: p.account.id } })).passwordHash,
    ).toBe(p.account.passwordHash);
    expect(
      await db().outboxEmail.count({ where: { to: p.account.email, template: "password-reset" } }),
    ).toBe(1);
    expect(
      await db().auditEvent.count({
        where: {
          action: "patients.passwordReset",
          subjectProfileId: p.profile.id,
          actorAccountId: staff.id,
        },
      }),
    ).toBe(1);
  });

  it("lock ends the sessions (SE-3); unlock restores; a patient can do neither", async () => {
    const p = await createPatient(clinicId, { email: uniqueEmail("lockme") });
    expect(await setPatientLocked(patient, p.profile.id, true, req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: p.account.id } })).toMatchObject({
      status: "active",
      sessionVersion: 0,
    });

    expect(await setPatientLocked(staff, p.profile.id, true, req)).toMatchObject({ ok: true });
    expect(await db().account.findUniqueOrThrow({ where: { id: p.account.id } })).toMatchObject({
      status: "locked",
      sessionVersion: 1,
    });
    expect(await setPatientLocked(staff, p.profile.id, false, req)).toMatchObject({ ok: true });
    expect((await db().account.findUniqueOrThrow({ where: { id: p.account.id } })).status).toBe(
      "active",
    );
    const actions = (
      await db().auditEvent.findMany({
        where: { subjectProfileId: p.profile.id, actorAccountId: staff.id },
        orderBy: { id: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["patients.lock", "patients.unlock"]);
  });
});
