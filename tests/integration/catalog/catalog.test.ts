// The scheduling catalog's use cases against a real database: staff add and
// edit sites, specialties, practitioners and appointment types, and set a
// patient's assigned practitioner; each change is audited with the staff actor
// (AL-2); a patient calling any of them is refused and nothing changes (AC-6);
// forged ids (another clinic's rows) are refused, not linked (AC-2).
import { beforeAll, describe, expect, it } from "vitest";
import {
  getClinicId,
  getPractitioner,
  listAppointmentTypes,
  listPractitioners,
  listSites,
  listSpecialties,
} from "@/lib/catalog/data";
import {
  assignPractitioner,
  createAppointmentType,
  createPractitioner,
  createSite,
  createSpecialty,
  updateAppointmentType,
  updatePractitioner,
  updateSite,
  updateSpecialty,
} from "@/lib/catalog/mutations";
import {
  createAppointmentTypeSchema,
  createSiteSchema,
  createSpecialtySchema,
  type AppointmentTypeInput,
  type PractitionerInput,
  type SiteInput,
} from "@/lib/catalog/schema";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

let clinicId: string;
let otherClinicId: string;
let staff: { id: string; role: "staff" };
let patient: { id: string; role: "patient"; profileId: string };
const req = { ip: "198.51.100.7", userAgent: "vitest", requestId: "req-catalog" };

const siteInput = (over: Partial<SiteInput> = {}): SiteInput => ({
  nameEn: "Rosemont site",
  nameFr: "Site Rosemont",
  kind: "physical",
  addressLine: "5000 rue Masson",
  city: "Montréal",
  postalCode: "H1X 1A1",
  phone: "(514) 555-0130",
  active: true,
  ...over,
});

const practitionerInput = (over: Partial<PractitionerInput> = {}): PractitionerInput => ({
  title: "Dr.",
  firstName: "Camille",
  lastName: "Bouchard",
  specialtyIds: [],
  siteIds: [],
  bookableOnline: true,
  acceptingNewPatients: true,
  active: true,
  ...over,
});

const typeInput = (over: Partial<AppointmentTypeInput> = {}): AppointmentTypeInput => ({
  nameEn: "Consultation",
  nameFr: "Consultation",
  durationMinutes: 20,
  specialtyId: null,
  practitionerId: null,
  kind: "regular",
  descriptionEn: null,
  descriptionFr: null,
  bookableOnline: true,
  active: true,
  ...over,
});

async function audits(resourceId: string) {
  return db().auditEvent.findMany({
    where: { resourceId },
    orderBy: { id: "asc" },
    select: {
      action: true,
      actorAccountId: true,
      actorRole: true,
      resourceType: true,
      ip: true,
      requestId: true,
      outcome: true,
    },
  });
}

async function catalogCounts() {
  const [sites, specialties, practitioners, types] = await Promise.all([
    db().site.count(),
    db().specialty.count(),
    db().practitioner.count(),
    db().appointmentType.count(),
  ]);
  return { sites, specialties, practitioners, types };
}

beforeAll(async () => {
  // The deployment's clinic is the first one; a second clinic's rows must never be linked.
  clinicId = (await factories.createClinic()).id;
  otherClinicId = (await factories.createClinic()).id;
  staff = { id: (await factories.createStaff({ email: uniqueEmail("staff") })).id, role: "staff" };
  const p = await factories.createPatient(clinicId, { email: uniqueEmail("patient") });
  patient = { id: p.account.id, role: "patient", profileId: p.profile.id };
  expect(await getClinicId()).toBe(clinicId);
});

describe("sites", () => {
  it("creates and edits a site, audited each time; deactivating keeps the row", async () => {
    const created = await createSite(staff, siteInput(), req);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await db().site.findUniqueOrThrow({ where: { id } })).toMatchObject({
      clinicId,
      nameEn: "Rosemont site",
      postalCode: "H1X 1A1",
      active: true,
    });

    expect(
      await updateSite(
        staff,
        { ...siteInput({ nameFr: "Site de Rosemont", active: false }), id },
        req,
      ),
    ).toEqual({ ok: true, data: undefined });
    expect(await db().site.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameFr: "Site de Rosemont",
      active: false,
    });
    expect((await listSites(clinicId)).find((s) => s.id === id)).toMatchObject({ active: false });

    const rows = await audits(id);
    expect(rows.map((a) => a.action)).toEqual(["site.create", "site.update"]);
    for (const row of rows)
      expect(row).toMatchObject({
        actorAccountId: staff.id,
        actorRole: "staff",
        resourceType: "site",
        ip: req.ip,
        requestId: req.requestId,
        outcome: "success",
      });
  });

  it("a virtual site keeps no address; a site of another clinic cannot be edited", async () => {
    const parsed = createSiteSchema.parse({
      nameEn: "Video",
      nameFr: "Vidéo",
      kind: "virtual",
      addressLine: "typed then switched",
      city: "X",
      postalCode: "H2X1Y4",
      phone: "",
    });
    expect(parsed).toMatchObject({
      addressLine: null,
      city: null,
      postalCode: null,
      phone: null,
      active: false,
    });
    const created = await createSite(staff, parsed, req);
    expect(created.ok).toBe(true);

    const foreign = await factories.createSite(otherClinicId, { nameEn: "Elsewhere" });
    expect(
      await updateSite(staff, { ...siteInput({ nameEn: "Hijacked" }), id: foreign.id }, req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect((await db().site.findUniqueOrThrow({ where: { id: foreign.id } })).nameEn).toBe(
      "Elsewhere",
    );
  });

  it("refuses a patient, audits the refusal and changes nothing", async () => {
    const site = await factories.createSite(clinicId, { nameEn: "Untouched" });
    const before = await catalogCounts();
    expect(await createSite(patient, siteInput({ nameEn: "Forged" }), req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await updateSite(patient, { ...siteInput({ nameEn: "Forged" }), id: site.id }, req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await catalogCounts()).toEqual(before);
    expect((await db().site.findUniqueOrThrow({ where: { id: site.id } })).nameEn).toBe(
      "Untouched",
    );
    expect(
      await db().auditEvent.count({
        where: {
          actorAccountId: patient.id,
          outcome: "denied",
          action: { in: ["site.create", "site.update"] },
        },
      }),
    ).toBe(2);
  });
});

describe("specialties", () => {
  it("creates and renames a specialty; the English name is unique whatever its case", async () => {
    const created = await createSpecialty(
      staff,
      { nameEn: "Dermatology", nameFr: "Dermatologie" },
      req,
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await createSpecialty(staff, { nameEn: "dermatology", nameFr: "Autre" }, req)).toEqual({
      ok: false,
      code: "invalid",
      fields: { nameEn: "duplicateName" },
    });

    const other = await createSpecialty(
      staff,
      { nameEn: "Cardiology", nameFr: "Cardiologie" },
      req,
    );
    const otherId = other.ok ? other.data!.id : "";
    expect(
      await updateSpecialty(
        staff,
        { id: otherId, nameEn: "DERMATOLOGY", nameFr: "Cardiologie" },
        req,
      ),
    ).toMatchObject({ ok: false, fields: { nameEn: "duplicateName" } });
    expect((await db().specialty.findUniqueOrThrow({ where: { id: otherId } })).nameEn).toBe(
      "Cardiology",
    );
    // Renaming to its own name (another case) is not a duplicate.
    expect(
      await updateSpecialty(
        staff,
        { id, nameEn: "Dermatology", nameFr: "Dermatologie (peau)" },
        req,
      ),
    ).toMatchObject({ ok: true });
    expect((await listSpecialties(clinicId)).map((s) => s.nameEn)).toEqual([
      "Cardiology",
      "Dermatology",
    ]);
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "specialty.create",
      "specialty.update",
    ]);
    expect(
      await db().specialty.count({
        where: { nameEn: { equals: "dermatology", mode: "insensitive" } },
      }),
    ).toBe(1);
  });

  it("refuses a patient", async () => {
    const before = await catalogCounts();
    expect(
      await createSpecialty(patient, { nameEn: "Forged", nameFr: "Forgée" }, req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await catalogCounts()).toEqual(before);
  });

  it("the schema refuses empty and too long names", () => {
    const result = createSpecialtySchema.safeParse({ nameEn: "  ", nameFr: "x".repeat(101) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["nameEn", "required"],
      ["nameFr", "tooLong"],
    ]);
  });
});

describe("practitioners", () => {
  it("creates with specialties and sites, then edits the links and flags", async () => {
    const family = await factories.createSpecialty(clinicId, "Family medicine practice");
    const peds = await factories.createSpecialty(clinicId, "Pediatrics practice");
    const a = await factories.createSite(clinicId, { nameEn: "A site" });
    const b = await factories.createSite(clinicId, { nameEn: "B site" });
    const created = await createPractitioner(
      staff,
      practitionerInput({ specialtyIds: [family.id], siteIds: [a.id, b.id] }),
      req,
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await getPractitioner(clinicId, id)).toMatchObject({
      title: "Dr.",
      lastName: "Bouchard",
      specialties: [{ id: family.id }],
      sites: [{ id: a.id }, { id: b.id }],
      bookableOnline: true,
    });

    const edited = await updatePractitioner(
      staff,
      {
        ...practitionerInput({
          specialtyIds: [peds.id],
          siteIds: [b.id],
          bookableOnline: false,
          acceptingNewPatients: false,
          active: false,
        }),
        id,
      },
      req,
    );
    expect(edited).toMatchObject({ ok: true });
    expect(await getPractitioner(clinicId, id)).toMatchObject({
      specialties: [{ id: peds.id }],
      sites: [{ id: b.id }],
      bookableOnline: false,
      acceptingNewPatients: false,
      active: false,
    });
    expect((await listPractitioners(clinicId)).at(-1)?.id).toBe(id);
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "practitioner.create",
      "practitioner.update",
    ]);
  });

  it("refuses another clinic's specialty or site and links nothing", async () => {
    const foreignSpecialty = await factories.createSpecialty(otherClinicId, "Foreign specialty");
    const foreignSite = await factories.createSite(otherClinicId);
    const before = await catalogCounts();
    expect(
      await createPractitioner(
        staff,
        practitionerInput({ specialtyIds: [foreignSpecialty.id], siteIds: [foreignSite.id] }),
        req,
      ),
    ).toEqual({
      ok: false,
      code: "invalid",
      fields: { specialtyIds: "unknownChoice", siteIds: "unknownChoice" },
    });
    expect(await catalogCounts()).toEqual(before);

    const own = await factories.createPractitioner(clinicId);
    expect(
      await updatePractitioner(
        staff,
        { ...practitionerInput({ siteIds: [foreignSite.id] }), id: own.id },
        req,
      ),
    ).toMatchObject({ ok: false, fields: { siteIds: "unknownChoice" } });
    expect(await db().practitionerSite.count({ where: { practitionerId: own.id } })).toBe(0);
    expect((await db().practitioner.findUniqueOrThrow({ where: { id: own.id } })).firstName).toBe(
      "Alex",
    );
  });

  it("refuses a patient", async () => {
    const own = await factories.createPractitioner(clinicId, { firstName: "Kept" });
    const before = await catalogCounts();
    expect(await createPractitioner(patient, practitionerInput(), req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await updatePractitioner(
        patient,
        { ...practitionerInput({ active: false }), id: own.id },
        req,
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await catalogCounts()).toEqual(before);
    expect(await db().practitioner.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      firstName: "Kept",
      active: true,
    });
  });
});

describe("appointment types", () => {
  it("creates an emergency type with its descriptions and edits it", async () => {
    const specialty = await factories.createSpecialty(clinicId, "Urgent care");
    const input = typeInput({
      nameEn: "Minor emergency",
      nameFr: "Urgence mineure",
      kind: "emergency",
      descriptionEn: "One issue only.",
      descriptionFr: "Un seul problème.",
      specialtyId: specialty.id,
    });
    const created = await createAppointmentType(staff, input, req);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await db().appointmentType.findUniqueOrThrow({ where: { id } })).toMatchObject({
      clinicId,
      kind: "emergency",
      durationMinutes: 20,
      specialtyId: specialty.id,
      practitionerId: null,
    });

    const doctor = await factories.createPractitioner(clinicId);
    expect(
      await updateAppointmentType(
        staff,
        { ...input, id, durationMinutes: 45, practitionerId: doctor.id, bookableOnline: false },
        req,
      ),
    ).toMatchObject({ ok: true });
    expect(await db().appointmentType.findUniqueOrThrow({ where: { id } })).toMatchObject({
      durationMinutes: 45,
      practitionerId: doctor.id,
      bookableOnline: false,
    });
    expect((await listAppointmentTypes(clinicId)).find((t) => t.id === id)).toMatchObject({
      practitioner: { id: doctor.id },
      specialty: { id: specialty.id },
    });
    expect((await audits(id)).map((a) => [a.action, a.resourceType])).toEqual([
      ["appointmentType.create", "appointmentType"],
      ["appointmentType.update", "appointmentType"],
    ]);
  });

  it("the schema refuses a bad duration, a missing scope and an emergency without descriptions, each on its field", () => {
    const base = { nameEn: "X", nameFr: "X", kind: "regular", specialtyId: "", practitionerId: "" };
    const codes = (input: Record<string, string>) => {
      const result = createAppointmentTypeSchema.safeParse(input);
      // The first issue of each field, as the action wrapper reports it (fieldCodes).
      return result.success
        ? {}
        : Object.fromEntries(
            result.error.issues.toReversed().map((i) => [String(i.path[0]), i.message]),
          );
    };
    for (const bad of ["4", "481", "17", "0", "abc", "30.5", "-5"])
      expect(codes({ ...base, durationMinutes: bad, specialtyId: "s" }), bad).toEqual({
        durationMinutes: "duration",
      });
    expect(codes({ ...base, durationMinutes: "" })).toMatchObject({ durationMinutes: "required" });
    for (const good of ["5", "480", "15"])
      expect(codes({ ...base, durationMinutes: good, specialtyId: "s" }), good).toEqual({});
    expect(codes({ ...base, durationMinutes: "30" })).toEqual({ scope: "scopeRequired" });
    expect(
      codes({
        ...base,
        durationMinutes: "30",
        practitionerId: "p",
        kind: "emergency",
        descriptionEn: "  ",
      }),
    ).toEqual({
      descriptionEn: "descriptionRequired",
      descriptionFr: "descriptionRequired",
    });
  });

  it("refuses another clinic's specialty or practitioner as scope", async () => {
    const foreign = await factories.createPractitioner(otherClinicId);
    const before = await catalogCounts();
    expect(
      await createAppointmentType(staff, typeInput({ practitionerId: foreign.id }), req),
    ).toEqual({ ok: false, code: "invalid", fields: { practitionerId: "unknownChoice" } });
    expect(await catalogCounts()).toEqual(before);
  });

  it("refuses a patient", async () => {
    const specialty = await factories.createSpecialty(clinicId, "Patient-proof");
    const type = await factories.createAppointmentType(clinicId, {
      specialtyId: specialty.id,
      nameEn: "Kept type",
    });
    const before = await catalogCounts();
    expect(
      await createAppointmentType(patient, typeInput({ specialtyId: specialty.id }), req),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await updateAppointmentType(
        patient,
        { ...typeInput({ specialtyId: specialty.id, nameEn: "Forged" }), id: type.id },
        req,
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await catalogCounts()).toEqual(before);
    expect((await db().appointmentType.findUniqueOrThrow({ where: { id: type.id } })).nameEn).toBe(
      "Kept type",
    );
  });
});

describe("a patient's assigned practitioner", () => {
  it("sets and clears it, audited against the profile", async () => {
    const profile = await factories.createProfile(clinicId);
    const doctor = await factories.createPractitioner(clinicId);
    expect(
      await assignPractitioner(staff, { profileId: profile.id, practitionerId: doctor.id }, req),
    ).toMatchObject({ ok: true });
    expect(
      (await db().patientProfile.findUniqueOrThrow({ where: { id: profile.id } }))
        .assignedPractitionerId,
    ).toBe(doctor.id);
    expect(
      await assignPractitioner(staff, { profileId: profile.id, practitionerId: null }, req),
    ).toMatchObject({ ok: true });
    expect(
      (await db().patientProfile.findUniqueOrThrow({ where: { id: profile.id } }))
        .assignedPractitionerId,
    ).toBeNull();
    const rows = await db().auditEvent.findMany({
      where: { subjectProfileId: profile.id },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.action, r.actorAccountId, r.resourceType])).toEqual([
      ["patients.assignPractitioner", staff.id, "profile"],
      ["patients.unassignPractitioner", staff.id, "profile"],
    ]);
  });

  it("refuses another clinic's practitioner, another clinic's profile, and a patient", async () => {
    const profile = await factories.createProfile(clinicId);
    const foreignDoctor = await factories.createPractitioner(otherClinicId);
    const doctor = await factories.createPractitioner(clinicId);
    const foreignProfile = await factories.createProfile(otherClinicId);
    expect(
      await assignPractitioner(
        staff,
        { profileId: profile.id, practitionerId: foreignDoctor.id },
        req,
      ),
    ).toMatchObject({ ok: false, fields: { practitionerId: "unknownChoice" } });
    expect(
      await assignPractitioner(
        staff,
        { profileId: foreignProfile.id, practitionerId: doctor.id },
        req,
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await assignPractitioner(
        patient,
        { profileId: patient.profileId, practitionerId: doctor.id },
        req,
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    for (const id of [profile.id, foreignProfile.id, patient.profileId]) {
      expect(
        (await db().patientProfile.findUniqueOrThrow({ where: { id } })).assignedPractitionerId,
      ).toBeNull();
    }
  });
});
