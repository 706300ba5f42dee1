// The catalog's server actions as the browser calls them: a FormData through
// staffAction (same-origin check, zod parse, session gate) with real next-auth
// sessions. Stand-ins, as in tests/integration/security/session-gate.test.ts:
// where the session cookie and the request headers come from (there is no Next
// request here), and revalidatePath (it needs Next's render store).
// A patient's session gets a 404 and nothing changes (AC-6); refused input
// answers field codes and changes nothing; unknown fields are ignored (AC-7).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createClinic,
  createPatient,
  createPractitioner,
  createProfile,
  createSpecialty,
  createStaff,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  headers: {
    host: "localhost:3000",
    origin: "http://localhost:3000",
    "user-agent": "vitest",
    "x-request-id": "req-actions",
    "x-client-ip": "203.0.113.20",
  } as Record<string, string>,
}));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers(request.headers),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
}));

const actions = await import("@/lib/catalog/actions");

const PASSWORD = "Catalog-actions-2026!";
let staffEmail: string;
let patientEmail: string;
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  staffEmail = uniqueEmail("staff");
  patientEmail = uniqueEmail("patient");
  await createStaff({ email: staffEmail, password: PASSWORD });
  await createPatient(clinicId, { email: patientEmail, password: PASSWORD });
});

beforeEach(() => {
  request.cookies = {};
  request.headers.origin = "http://localhost:3000";
});

async function signIn(email: string) {
  const { sessionCookie } = await signInWithNextAuth(email, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

/** What a refusal by the gate looks like: Next's notFound(), thrown. */
async function digestOf(call: Promise<unknown>): Promise<string | undefined> {
  return call.then(
    () => undefined,
    (e: unknown) => (e as { digest?: string }).digest,
  );
}

async function counts() {
  const [sites, specialties, practitioners, types, links] = await Promise.all([
    db().site.count(),
    db().specialty.count(),
    db().practitioner.count(),
    db().appointmentType.count(),
    db().practitionerSite.count(),
  ]);
  return { sites, specialties, practitioners, types, links };
}

const site = {
  nameEn: "Action site",
  nameFr: "Site d'action",
  kind: "physical",
  addressLine: "1 rue Test",
  city: "Laval",
  postalCode: "h7n 1a1",
  phone: "450 555 0101",
  active: "on",
};

describe("as staff", () => {
  beforeEach(() => signIn(staffEmail));

  it("adds a site from the form: postal code and phone stored in one format, the unticked box is false; extra fields ignored", async () => {
    const result = await actions.createSiteAction(
      null,
      form({ ...site, nameEn: "Formatted site", clinicId: "forged", active: [] }),
    );
    expect(result.ok).toBe(true);
    const row = await db().site.findUniqueOrThrow({
      where: { id: result.ok ? result.data!.id : "" },
    });
    expect(row).toMatchObject({
      clinicId,
      nameEn: "Formatted site",
      postalCode: "H7N 1A1",
      phone: "(450) 555-0101",
      active: false,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { resourceId: row.id } });
    expect(audit).toMatchObject({
      action: "site.create",
      ip: "203.0.113.20",
      requestId: "req-actions",
      userAgent: "vitest",
    });
  });

  it("refuses a physical site without an address, bad phone and postal code, with field codes; nothing is written", async () => {
    const before = await counts();
    const result = await actions.createSiteAction(
      null,
      form({ ...site, addressLine: "", city: "", postalCode: "12345", phone: "514-555-01" }),
    );
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      fields: {
        addressLine: "addressRequired",
        city: "cityRequired",
        postalCode: "postalCode",
        phone: "phone",
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses an emergency type without descriptions and a bad duration; nothing is written", async () => {
    const specialty = await createSpecialty(clinicId, "Action specialty");
    const before = await counts();
    const result = await actions.createAppointmentTypeAction(
      null,
      form({
        nameEn: "Urgent",
        nameFr: "Urgent",
        durationMinutes: "22",
        specialtyId: specialty.id,
        practitionerId: "",
        kind: "emergency",
        descriptionEn: "",
        descriptionFr: "",
      }),
    );
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      fields: {
        durationMinutes: "duration",
        descriptionEn: "descriptionRequired",
        descriptionFr: "descriptionRequired",
      },
    });
    const noScope = await actions.createAppointmentTypeAction(
      null,
      form({
        nameEn: "Unscoped",
        nameFr: "Sans portée",
        durationMinutes: "30",
        specialtyId: "",
        practitionerId: "",
        kind: "regular",
      }),
    );
    expect(noScope).toEqual({ ok: false, code: "invalid", fields: { scope: "scopeRequired" } });
    expect(await counts()).toEqual(before);

    const ok = await actions.createAppointmentTypeAction(
      null,
      form({
        nameEn: "Urgent",
        nameFr: "Urgent",
        durationMinutes: "30",
        specialtyId: specialty.id,
        kind: "emergency",
        descriptionEn: "Same day.",
        descriptionFr: "Le jour même.",
        bookableOnline: "on",
        active: "on",
      }),
    );
    expect(ok.ok).toBe(true);
    expect(
      await db().appointmentType.findUniqueOrThrow({ where: { id: ok.ok ? ok.data!.id : "" } }),
    ).toMatchObject({ kind: "emergency", descriptionFr: "Le jour même.", durationMinutes: 30 });
  });

  it("refuses a duplicate specialty name with a field code", async () => {
    await createSpecialty(clinicId, "Neurology");
    const before = await counts();
    expect(
      await actions.createSpecialtyAction(
        null,
        form({ nameEn: " neurology ", nameFr: "Neurologie" }),
      ),
    ).toEqual({ ok: false, code: "invalid", fields: { nameEn: "duplicateName" } });
    expect(await counts()).toEqual(before);
  });

  it("edits a practitioner's sites and flags from checkboxes", async () => {
    const a = await actions.createSiteAction(null, form({ ...site, nameEn: "Checkbox A" }));
    const b = await actions.createSiteAction(null, form({ ...site, nameEn: "Checkbox B" }));
    const siteIds = [a, b].map((r) => (r.ok ? r.data!.id : ""));
    const created = await actions.createPractitionerAction(
      null,
      form({
        title: "",
        firstName: "Léa",
        lastName: "Roy",
        siteIds,
        bookableOnline: "on",
        active: "on",
      }),
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await db().practitioner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "",
      bookableOnline: true,
      acceptingNewPatients: false,
      active: true,
    });
    expect(await db().practitionerSite.count({ where: { practitionerId: id } })).toBe(2);

    expect(
      await actions.updatePractitionerAction(
        null,
        form({ id, title: "NP", firstName: "Léa", lastName: "Roy", siteIds: siteIds[1]! }),
      ),
    ).toMatchObject({ ok: true });
    expect(await db().practitioner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "NP",
      bookableOnline: false,
      active: false,
    });
    expect(
      (await db().practitionerSite.findMany({ where: { practitionerId: id } })).map(
        (l) => l.siteId,
      ),
    ).toEqual([siteIds[1]]);
  });

  it("sets a patient's assigned practitioner", async () => {
    const profile = await createProfile(clinicId);
    const doctor = await createPractitioner(clinicId);
    expect(
      await actions.assignPractitionerAction(
        null,
        form({ profileId: profile.id, practitionerId: doctor.id }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      (await db().patientProfile.findUniqueOrThrow({ where: { id: profile.id } }))
        .assignedPractitionerId,
    ).toBe(doctor.id);
  });

  it("refuses a cross-site request before anything else (CS-1)", async () => {
    request.headers.origin = "https://evil.example";
    const before = await counts();
    expect(await actions.createSiteAction(null, form(site))).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("as a patient (AC-6)", () => {
  beforeEach(() => signIn(patientEmail));

  it("every catalog action answers 404 and changes nothing", async () => {
    const specialty = await createSpecialty(clinicId, "Untouchable");
    const doctor = await createPractitioner(clinicId, { firstName: "Kept" });
    const profile = await createProfile(clinicId);
    const before = await counts();
    const calls = [
      () => actions.createSiteAction(null, form(site)),
      () => actions.createSpecialtyAction(null, form({ nameEn: "Forged", nameFr: "Forgée" })),
      () =>
        actions.updateSpecialtyAction(
          null,
          form({ id: specialty.id, nameEn: "Forged", nameFr: "Forgée" }),
        ),
      () =>
        actions.createPractitionerAction(null, form({ firstName: "Forged", lastName: "Doctor" })),
      () =>
        actions.updatePractitionerAction(
          null,
          form({ id: doctor.id, firstName: "Forged", lastName: "Doctor" }),
        ),
      () =>
        actions.createAppointmentTypeAction(
          null,
          form({
            nameEn: "Forged",
            nameFr: "Forgé",
            durationMinutes: "15",
            specialtyId: specialty.id,
            kind: "regular",
          }),
        ),
      () =>
        actions.assignPractitionerAction(
          null,
          form({ profileId: profile.id, practitionerId: doctor.id }),
        ),
    ];
    for (const call of calls)
      expect(await digestOf(call())).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await counts()).toEqual(before);
    expect((await db().specialty.findUniqueOrThrow({ where: { id: specialty.id } })).nameEn).toBe(
      "Untouchable",
    );
    expect(await db().practitioner.findUniqueOrThrow({ where: { id: doctor.id } })).toMatchObject({
      firstName: "Kept",
      active: true,
    });
    expect(
      (await db().patientProfile.findUniqueOrThrow({ where: { id: profile.id } }))
        .assignedPractitionerId,
    ).toBeNull();
  });
});
