// Patients correct their own contact details on the Profile tab: only their
// own profile (from the session, whatever the form says), with registration's
// rules, a conditional save, one audit row of the changed fields, and the
// account's email language following the profile's. Refusals change nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { findClinic } from "@/lib/clinic/data";
import {
  createClinic,
  createPatient,
  createProfile,
  createStaff,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { form, signInOn, thrownDigest, yearsAgo } from "../portal-session";

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
      "x-request-id": "req-contact",
      "x-client-ip": "192.0.2.41",
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

const { updateContactAction } = await import("@/lib/portal/actions");
const { loadProfileTab } = await import("@/lib/portal/loaders");

const PASSWORD = "Contact-details-2026!";
let clinicId: string;
let patient: { email: string; accountId: string; profileId: string };
let childId: string;
let staffEmail: string;

const profileOf = (id: string) =>
  db().patientProfile.findUniqueOrThrow({
    where: { id },
    select: {
      primaryPhone: true,
      primaryPhoneType: true,
      secondaryPhone: true,
      secondaryPhoneType: true,
      addressLine: true,
      city: true,
      province: true,
      postalCode: true,
      language: true,
      updatedAt: true,
    },
  });
const updates = (profileId: string) =>
  db().auditEvent.findMany({
    where: { subjectProfileId: profileId, resourceType: "patientProfile", action: "update" },
    select: { actorAccountId: true, actorRole: true, ip: true, detail: true },
  });

/** Posts the form as the page shows it (the saved values), with `values` typed over them. */
async function save(values: Record<string, string>, updatedAt?: Date) {
  const { updatedAt: seen, ...current } = await profileOf(patient.profileId);
  const shown = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, v ?? ""]));
  return updateContactAction(
    null,
    form({ ...shown, updatedAt: (updatedAt ?? seen).toISOString(), ...values }),
  );
}

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  const email = uniqueEmail("contact");
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: "Maude",
  });
  patient = { email, accountId: account.id, profileId: profile.id };
  // The clinic's default mandatory fields include the secondary phone, as registration gave it.
  await db().patientProfile.update({
    where: { id: profile.id },
    data: { secondaryPhone: "(514) 555-0100", secondaryPhoneType: "home" },
  });
  childId = (await createProfile(clinicId, { firstName: "Kid", dateOfBirth: yearsAgo(7) })).id;
  await grantAccess({ accountId: account.id, profileId: childId, tabs: ["appointments"] });
  staffEmail = uniqueEmail("contact-staff");
  await createStaff({ email: staffEmail, password: PASSWORD });
  await signInOn(request, patient.email, PASSWORD);
});

afterEach(async () => {
  await signInOn(request, patient.email, PASSWORD);
});

describe("a patient's own contact details", () => {
  it("are saved in the app's formats, audited field by field, and the emails follow the language", async () => {
    const result = await save({
      primaryPhone: "514 555 0142",
      primaryPhoneType: "office",
      addressLine: "12 rue des Érables",
      city: "Laval",
      postalCode: "h7n 1a1",
      language: "fr",
    });
    expect(result).toMatchObject({ ok: true });
    const saved = await profileOf(patient.profileId);
    expect(saved).toMatchObject({
      primaryPhoneType: "office",
      city: "Laval",
      postalCode: "H7N 1A1",
      language: "fr",
    });
    expect(saved.primaryPhone).toMatch(/555/);
    const account = await db().account.findUniqueOrThrow({ where: { id: patient.accountId } });
    expect(account.language).toBe("fr");
    const [row, ...more] = await updates(patient.profileId);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      actorAccountId: patient.accountId,
      actorRole: "patient",
      ip: "192.0.2.41",
    });
    expect(Object.keys(row!.detail as object).sort()).toEqual(
      ["addressLine", "city", "language", "postalCode", "primaryPhone", "primaryPhoneType"].sort(),
    );
    expect((row!.detail as Record<string, unknown>).city).toEqual({
      before: "Montréal",
      after: "Laval",
    });
  });

  it("write nothing when nothing changed", async () => {
    const before = (await updates(patient.profileId)).length;
    const result = await save({});
    expect(result).toMatchObject({ ok: true, data: { changed: [] } });
    expect(await updates(patient.profileId)).toHaveLength(before);
  });

  it("are refused from a form opened before a later save, and nothing changes", async () => {
    const stale = (await profileOf(patient.profileId)).updatedAt;
    await save({ city: "Longueuil", language: "fr" });
    const result = await save({ city: "Gatineau", language: "fr" }, stale);
    expect(result).toMatchObject({ ok: false, code: "stale" });
    expect((await profileOf(patient.profileId)).city).toBe("Longueuil");
  });

  it("refuse a wrong phone or postal code beside the field, and a phone without its type", async () => {
    const before = await profileOf(patient.profileId);
    for (const [values, field] of [
      [{ primaryPhone: "call me", primaryPhoneType: "home" }, "primaryPhone"],
      [{ postalCode: "12345" }, "postalCode"],
      [{ primaryPhone: "514 555 0199", primaryPhoneType: "" }, "primaryPhoneType"],
    ] as const) {
      const result = await save(values);
      expect(result.ok, field).toBe(false);
      expect(result.ok ? undefined : result.fields?.[field], field).toBeDefined();
    }
    expect(await profileOf(patient.profileId)).toEqual(before);
  });

  it("keep the clinic's mandatory fields mandatory", async () => {
    const clinic = (await findClinic())!;
    await db().clinic.update({
      where: { id: clinic.id },
      data: { mandatoryRegistrationFields: ["primaryPhone"] },
    });
    try {
      const result = await save({ primaryPhone: "", city: "Québec", language: "fr" });
      expect(result).toMatchObject({
        ok: false,
        code: "invalid",
        fields: { primaryPhone: "required" },
      });
    } finally {
      await db().clinic.update({
        where: { id: clinic.id },
        data: { mandatoryRegistrationFields: clinic.mandatoryRegistrationFields },
      });
    }
  });

  it("change only the account's own profile, whatever profile the form names", async () => {
    const child = await profileOf(childId);
    const result = await save({ profileId: childId, city: "Sherbrooke" });
    expect(result).toMatchObject({ ok: true });
    expect((await profileOf(patient.profileId)).city).toBe("Sherbrooke");
    expect(await profileOf(childId)).toEqual(child);
  });

  it("are not editable where the clinic does not allow it, and the page says so", async () => {
    const clinic = (await findClinic())!;
    await db().clinic.update({ where: { id: clinic.id }, data: { patientsEditContact: false } });
    try {
      const before = await profileOf(patient.profileId);
      expect(await save({ city: "Rimouski", language: "fr" })).toMatchObject({
        ok: false,
        code: "notAllowed",
      });
      expect(await profileOf(patient.profileId)).toEqual(before);
      expect((await loadProfileTab()).canEditContact).toBe(false);
    } finally {
      await db().clinic.update({ where: { id: clinic.id }, data: { patientsEditContact: true } });
    }
    expect((await loadProfileTab()).canEditContact).toBe(true);
    // A managed profile's details are never the proxy's to edit.
    expect((await loadProfileTab(childId)).canEditContact).toBe(false);
  });

  it("refuse a staff account and a visitor without a session", async () => {
    const before = await profileOf(patient.profileId);
    await signInOn(request, staffEmail, PASSWORD);
    expect(await save({ city: "Saguenay", language: "fr" })).toMatchObject({
      ok: false,
      code: "notAllowed",
    });
    await signInOn(request, null, PASSWORD);
    expect(await thrownDigest(() => save({ city: "Saguenay", language: "fr" }))).toMatch(
      /^NEXT_REDIRECT;.*\/login/,
    );
    expect(await profileOf(patient.profileId)).toEqual(before);
  });
});
