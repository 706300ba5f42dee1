// First run on an empty database (this file's own): no clinic until an admin
// sets it up; plain staff and patients cannot; a second setup (even a
// concurrent one) creates nothing; the background jobs wait quietly meanwhile.
import { describe, expect, it } from "vitest";
import { clinicSetupSchema, type ClinicSetupInput } from "@/lib/admin/schema";
import { setUpClinic } from "@/lib/admin/setup";
import { sendDueReminders } from "@/lib/appointments/reminders";
import { db } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/factories";
import { findClinic } from "@/lib/clinic/data";
import { uniqueEmail } from "../harness";

const input = (over: Partial<ClinicSetupInput> = {}): ClinicSetupInput => ({
  name: "Clinique des Érables",
  phone: "819-555-0100",
  email: "accueil@erables.test",
  addressLine: "12 rue des Érables",
  city: "Gatineau",
  province: "QC",
  postalCode: "J8X 1A1",
  timeZone: "America/Toronto",
  languages: ["fr", "en"],
  clinicCode: "482913",
  ...over,
});

const form = (over: Record<string, unknown> = {}) => ({ ...input(), ...over });

describe("clinic setup", () => {
  it("validates the time zone, languages and clinic code with codes the form translates", () => {
    const fields = (values: Record<string, unknown>) => {
      const parsed = clinicSetupSchema.safeParse(values);
      return parsed.success
        ? {}
        : parsed.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    };
    expect(fields(form())).toEqual({});
    expect(fields(form({ languages: "fr" }))).toEqual({});
    expect(fields(form({ timeZone: "UTC" }))).toEqual({});
    expect(fields(form({ timeZone: "Mars/Olympus_Mons" }))).toEqual(["timeZone:timeZone"]);
    expect(fields(form({ timeZone: "America/toronto" }))).toEqual(["timeZone:timeZone"]);
    expect(fields(form({ languages: undefined }))).toEqual(["languages:languages"]);
    expect(fields(form({ languages: ["de"] }))).not.toEqual({});
    expect(fields(form({ clinicCode: "12345" }))).toEqual(["clinicCode:clinicCode"]);
    expect(fields(form({ clinicCode: "12a456" }))).toEqual(["clinicCode:clinicCode"]);
  });

  it("before setup there is no clinic, and the reminder job waits instead of failing", async () => {
    expect(await db().clinic.count()).toBe(0);
    expect(await findClinic()).toBeNull();
    await expect(sendDueReminders()).resolves.toEqual({ reminded: 0 });
  });

  it("refuses plain staff and patients, creating nothing and auditing the refusal", async () => {
    const staff = await createStaff({ email: uniqueEmail("staff") });
    for (const actor of [
      { id: staff.id, role: "staff" as const },
      { id: staff.id, role: "patient" as const },
    ]) {
      expect(await setUpClinic(actor, input())).toEqual({ ok: false, code: "notFound" });
    }
    expect(await db().clinic.count()).toBe(0);
    expect(
      await db().auditEvent.count({ where: { action: "clinic.setup", outcome: "denied" } }),
    ).toBe(2);
  });

  it("an admin sets the clinic up once: two at the same time create exactly one clinic", async () => {
    const admin = { id: (await createStaff({ email: uniqueEmail("admin"), role: "admin" })).id };
    const actor = { ...admin, role: "admin" as const };
    const results = await Promise.all([
      setUpClinic(actor, input()),
      setUpClinic(actor, input({ name: "Second try" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "alreadySetUp" }]);
    const clinics = await db().clinic.findMany();
    expect(clinics).toHaveLength(1);
    expect(clinics[0]).toMatchObject({
      timeZone: "America/Toronto",
      languages: ["fr", "en"],
      clinicCode: "482913",
      province: "QC",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "clinic.setup", outcome: "success" },
    });
    expect(audit).toMatchObject({ actorAccountId: admin.id, resourceId: clinics[0]!.id });
    // Later setups change nothing.
    expect(await setUpClinic(actor, input({ name: "Third" }))).toEqual({
      ok: false,
      code: "alreadySetUp",
    });
    expect((await db().clinic.findFirstOrThrow()).name).toBe(clinics[0]!.name);
    // Now the jobs find the clinic's settings.
    expect(await findClinic()).toMatchObject({ timeZone: "America/Toronto" });
  });

  it("the database refuses a clinic without any language", async () => {
    await expect(
      db().$executeRaw`UPDATE "Clinic" SET "languages" = '{}'::"Locale"[]`,
    ).rejects.toThrow();
  });
});
