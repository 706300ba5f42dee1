// Staff edit a patient's details on a real database, through the real action
// wrapper and next-auth sessions: every kind of field is saved (phones and
// postal codes in their one format); one audit row holds exactly the changed
// fields with before and after (a health card number masked); saving nothing
// new writes nothing; a form opened before someone else's save is refused and
// changes nothing; a bad phone, postal code, date or health card number is
// refused beside its field; a clinic that does not collect the health card
// never changes it; another clinic's profile is not found; a patient is refused.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { findProfileToEdit } from "@/lib/admin/data";
import { editPatientProfile, getPatientToEdit } from "@/lib/admin/edit-patient";
import { HIDDEN_VALUE, type ProfileValues } from "@/lib/admin/profile-changes";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createProfile, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { form, NOT_FOUND, signInOn, thrownDigest } from "../portal-session";

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
      "x-request-id": "req-patient-edit",
      "x-client-ip": "192.0.2.52",
    }),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { editPatientAction } = await import("@/lib/admin/actions");

const PASSWORD = "Patient-edit-test-2026!";
let clinicId: string;
let staff: { id: string; role: "staff" };
let staffEmail: string;
let patientEmail: string;
let patientActor: { id: string; role: "patient" };
let foreignProfileId: string;

/** The profile's details as its edit form posts them, opened now. */
async function openForm(profileId: string): Promise<Record<string, string>> {
  const current = (await findProfileToEdit(profileId as AuthorizedProfileId))!;
  const fields: Record<string, string> = {
    profileId,
    updatedAt: current.updatedAt.toISOString(),
  };
  for (const [k, v] of Object.entries(current.values)) fields[k] = v ?? "";
  return fields;
}

const saved = async (profileId: string) =>
  (await findProfileToEdit(profileId as AuthorizedProfileId))!;

const edits = (profileId: string) =>
  db().auditEvent.findMany({
    where: { resourceType: "patientProfile", resourceId: profileId },
    orderBy: { id: "asc" },
  });

/** Submits the form; a save that changed something redirects to the patient's page. */
async function submit(fields: Record<string, string>) {
  let result: unknown = "redirected";
  const digest = await thrownDigest(async () => {
    result = await editPatientAction(null, form(fields));
  });
  return { digest, result };
}

async function newProfile() {
  const profile = await createProfile(clinicId, {
    firstName: "Nadia",
    lastName: "Ouellet",
    dateOfBirth: "1990-02-03",
    sex: "female",
    language: "fr",
    primaryPhone: "(514) 555-0142",
    primaryPhoneType: "mobile",
  });
  await db().patientProfile.update({
    where: { id: profile.id },
    data: { postalCode: "H2X 2A1", healthCardNumber: "OUEN 9002 0312" },
  });
  return profile.id;
}

const plusDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // The first clinic is the deployment's; the second is "another clinic".
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  await db().clinic.update({ where: { id: clinicId }, data: { collectsHealthCard: true } });
  const otherClinicId = (await createClinic()).id;
  foreignProfileId = (await createProfile(otherClinicId, { firstName: "Foreign" })).id;
  staffEmail = uniqueEmail("staff").toLowerCase();
  staff = { id: (await createStaff({ email: staffEmail, password: PASSWORD })).id, role: "staff" };
  patientEmail = uniqueEmail("patient").toLowerCase();
  const p = await createPatient(clinicId, { email: patientEmail, password: PASSWORD });
  patientActor = { id: p.account.id, role: "patient" };
  await signInOn(request, staffEmail, PASSWORD);
});

describe("saving a patient's details", () => {
  it("saves every kind of field and audits exactly the changed ones, before and after", async () => {
    const profileId = await newProfile();
    const before = (await saved(profileId)).values;
    const { digest } = await submit({
      ...(await openForm(profileId)),
      firstName: "Nadine",
      lastName: "Ouellet-Roy",
      dateOfBirth: "1991-03-04",
      sex: "other",
      primaryPhone: "438.555.0111",
      primaryPhoneType: "home",
      secondaryPhone: "+1 514 555 0177",
      secondaryPhoneType: "office",
      addressLine: "22 rue Saint-Denis",
      city: "Laval",
      province: "ON",
      postalCode: "k1a0b1",
      language: "en",
      healthCardNumber: "OUEN 9103 0412",
    });
    expect(digest).toMatch(
      new RegExp(`^NEXT_REDIRECT;.*/en/admin/patients/${profileId}\\?updated=1`),
    );
    const after: ProfileValues = {
      firstName: "Nadine",
      lastName: "Ouellet-Roy",
      dateOfBirth: "1991-03-04",
      sex: "other",
      primaryPhone: "(438) 555-0111",
      primaryPhoneType: "home",
      secondaryPhone: "(514) 555-0177",
      secondaryPhoneType: "office",
      addressLine: "22 rue Saint-Denis",
      city: "Laval",
      province: "ON",
      postalCode: "K1A 0B1",
      language: "en",
      healthCardNumber: "OUEN 9103 0412",
    };
    expect((await saved(profileId)).values).toEqual(after);

    const rows = await edits(profileId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorAccountId: staff.id,
      actorRole: "staff",
      subjectProfileId: profileId,
      action: "update",
      outcome: "success",
      ip: "192.0.2.52",
    });
    const expected = Object.fromEntries(
      (Object.keys(after) as (keyof ProfileValues)[])
        .filter((f) => f !== "addressLine" || before.addressLine !== after.addressLine)
        .map((f) => [f, { before: before[f], after: after[f] }]),
    );
    expected.healthCardNumber = { before: HIDDEN_VALUE, after: HIDDEN_VALUE };
    expect(rows[0]!.detail).toEqual(expected);
    expect(JSON.stringify(rows[0]!.detail)).not.toMatch(/9002|9103/);
  });

  it("records only the fields that changed", async () => {
    const profileId = await newProfile();
    const { digest } = await submit({
      ...(await openForm(profileId)),
      primaryPhone: "514 555 0199",
      language: "en",
    });
    expect(digest).toMatch(/^NEXT_REDIRECT;/);
    const rows = await edits(profileId);
    expect(rows.map((r) => r.detail)).toEqual([
      {
        primaryPhone: { before: "(514) 555-0142", after: "(514) 555-0199" },
        language: { before: "fr", after: "en" },
      },
    ]);
  });

  it("writes nothing when nothing changed, and says so", async () => {
    const profileId = await newProfile();
    const before = await saved(profileId);
    const { digest, result } = await submit({
      ...(await openForm(profileId)),
      // Typed differently, stored the same.
      primaryPhone: "514-555-0142",
      postalCode: "h2x 2a1",
    });
    expect(digest).toBe("no error");
    expect(result).toEqual({ ok: true, data: { profileId, changed: [] } });
    expect(await saved(profileId)).toEqual(before);
    expect(await edits(profileId)).toHaveLength(0);
  });
});

describe("two staff editing at once", () => {
  it("refuses the save from a form opened before the other's save, and changes nothing", async () => {
    const profileId = await newProfile();
    const first = await openForm(profileId);
    const second = await openForm(profileId);
    expect((await submit({ ...first, city: "Gatineau" })).digest).toMatch(/^NEXT_REDIRECT;/);
    const afterFirst = await saved(profileId);
    const { digest, result } = await submit({ ...second, city: "Sherbrooke", lastName: "Other" });
    expect(digest).toBe("no error");
    expect(result).toMatchObject({ ok: false, code: "stale" });
    expect(await saved(profileId)).toEqual(afterFirst);
    expect(afterFirst.values.city).toBe("Gatineau");
    expect(await edits(profileId)).toHaveLength(1);
  });

  it("of two saves sent at the same moment from forms opened together, exactly one lands", async () => {
    const profileId = await newProfile();
    const { editProfileSchema } = await import("@/lib/admin/schema");
    const opened = await openForm(profileId);
    const results = await Promise.all(
      ["Rimouski", "Saguenay"].map((city) =>
        editPatientProfile(staff, editProfileSchema.parse({ ...opened, city })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "stale")).toHaveLength(1);
    const rows = await edits(profileId);
    expect(rows).toHaveLength(1);
    const city = (await saved(profileId)).values.city;
    expect(rows[0]!.detail).toEqual({ city: { before: "Montréal", after: city } });
  });
});

describe("bad input", () => {
  it.each([
    ["primaryPhone", "555-0123", "phone"],
    ["primaryPhone", "514-555-01a3", "phone"],
    ["postalCode", "12345", "postalCode"],
    ["postalCode", "D2X 1Y4", "postalCode"],
    ["dateOfBirth", "1990-02-30", "date"],
    ["dateOfBirth", "03/02/1990", "date"],
    ["dateOfBirth", "1899-12-31", "date"],
    ["dateOfBirth", plusDays(2), "date"],
    ["healthCardNumber", "OUEN_9002", "healthCard"],
    ["healthCardNumber", "123", "healthCard"],
    ["healthCardNumber", "A".repeat(21), "healthCard"],
    ["secondaryPhoneType", "", "phoneType"],
  ])("refuses %s %j beside the field, and changes nothing", async (field, value, code) => {
    const profileId = await newProfile();
    const before = await saved(profileId);
    const fields = { ...(await openForm(profileId)), firstName: "Changed", [field]: value };
    if (field === "secondaryPhoneType") fields.secondaryPhone = "514-555-0100";
    const { digest, result } = await submit(fields);
    expect(digest).toBe("no error");
    expect(result).toMatchObject({ ok: false, code: "invalid", fields: { [field]: code } });
    expect(await saved(profileId)).toEqual(before);
    expect(await edits(profileId)).toHaveLength(0);
  });
});

describe("a clinic that does not collect the health card number", () => {
  it("neither shows nor changes it", async () => {
    const profileId = await newProfile();
    await db().clinic.update({ where: { id: clinicId }, data: { collectsHealthCard: false } });
    try {
      const toEdit = await getPatientToEdit(staff, profileId);
      expect(toEdit).toMatchObject({ collectsHealthCard: false });
      expect(toEdit!.values).not.toHaveProperty("healthCardNumber");
      const { digest } = await submit({
        ...(await openForm(profileId)),
        firstName: "Nadine",
        healthCardNumber: "ZZZZ 1111 2222",
      });
      expect(digest).toMatch(/^NEXT_REDIRECT;/);
      expect((await saved(profileId)).values).toMatchObject({
        firstName: "Nadine",
        healthCardNumber: "OUEN 9002 0312",
      });
      expect((await edits(profileId)).map((r) => r.detail)).toEqual([
        { firstName: { before: "Nadia", after: "Nadine" } },
      ]);
    } finally {
      await db().clinic.update({ where: { id: clinicId }, data: { collectsHealthCard: true } });
    }
  });
});

describe("who may edit", () => {
  it("answers not found for a profile of another clinic, and changes nothing", async () => {
    const before = await saved(foreignProfileId);
    expect(await getPatientToEdit(staff, foreignProfileId)).toBeNull();
    const { result } = await submit({ ...(await openForm(foreignProfileId)), firstName: "Taken" });
    expect(result).toMatchObject({ ok: false, code: "notFound" });
    expect(await saved(foreignProfileId)).toEqual(before);
    expect(await edits(foreignProfileId)).toHaveLength(0);
  });

  it("refuses a patient, through the action and the use case, and changes nothing", async () => {
    const profileId = await newProfile();
    const before = await saved(profileId);
    const fields = { ...(await openForm(profileId)), firstName: "Forged" };
    await signInOn(request, patientEmail, PASSWORD);
    try {
      expect(await thrownDigest(() => editPatientAction(null, form(fields)))).toMatch(NOT_FOUND);
    } finally {
      await signInOn(request, staffEmail, PASSWORD);
    }
    const { editProfileSchema } = await import("@/lib/admin/schema");
    expect(await editPatientProfile(patientActor, editProfileSchema.parse(fields))).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(await getPatientToEdit(patientActor, profileId)).toBeNull();
    expect(await saved(profileId)).toEqual(before);
    expect(await edits(profileId)).toHaveLength(0);
  });
});
