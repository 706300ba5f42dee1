// Portal settings: admins only (patients and plain staff are refused and
// nothing changes); a plain save keeps the terms version, "publish as a new
// version" bumps it so every patient must accept again; both are audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { SettingsInput } from "@/lib/admin/schema";
import { settingsSchema } from "@/lib/admin/schema";
import { getSettings, saveSettings } from "@/lib/admin/settings";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

let clinicId: string;
let admin: { id: string; role: "admin" };
let staff: { id: string; role: "staff" };
let patient: { id: string; role: "patient" };

const input = (over: Partial<SettingsInput> = {}): SettingsInput => ({
  name: "Clinique du Parc",
  phone: "514-555-0177",
  email: "info@parc.test",
  addressLine: "1 avenue du Parc",
  city: "Montréal",
  province: "QC",
  postalCode: "H2V 4E6",
  ageOfConsentOverride: null,
  mandatoryRegistrationFields: ["sex", "primaryPhone"],
  invitationValidityDays: 10,
  termsEn: "Terms.",
  termsFr: "Conditions.",
  publishNewVersion: false,
  messagesEnabled: true,
  documentsEnabled: true,
  billsEnabled: true,
  patientMessagesEnabled: false,
  collectsHealthCard: false,
  patientsEditContact: true,
  replyDisclaimerEn: "",
  replyDisclaimerFr: "",
  defaultReplyRule: "once",
  ...over,
});

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  admin = {
    id: (await createStaff({ email: uniqueEmail("admin"), role: "admin" })).id,
    role: "admin",
  };
  staff = { id: (await createStaff({ email: uniqueEmail("staff") })).id, role: "staff" };
  patient = {
    id: (await createPatient(clinicId, { email: uniqueEmail("patient") })).account.id,
    role: "patient",
  };
});

describe("portal settings", () => {
  it("refuses patients and plain staff, changing nothing", async () => {
    for (const actor of [patient, staff]) {
      expect(await getSettings(actor)).toBeNull();
      expect(
        await saveSettings(actor, input({ name: "Hijacked", publishNewVersion: true })),
      ).toMatchObject({ ok: false, code: "notFound" });
    }
    expect(await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({
      termsVersion: 1,
    });
    expect((await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).name).not.toBe(
      "Hijacked",
    );
  });

  it("a plain save keeps the terms version; publishing bumps it and dates it; both audited", async () => {
    expect(
      await saveSettings(admin, input({ ageOfConsentOverride: 16, collectsHealthCard: true })),
    ).toMatchObject({
      ok: true,
      data: { termsVersion: 1, published: false },
    });
    expect(await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({
      name: "Clinique du Parc",
      ageOfConsentOverride: 16,
      collectsHealthCard: true,
      invitationValidityDays: 10,
      mandatoryRegistrationFields: ["sex", "primaryPhone"],
      termsVersion: 1,
      termsPublishedAt: null,
    });
    const at = new Date("2026-05-05T12:00:00Z");
    setClockForTests(() => at);
    try {
      expect(
        await saveSettings(admin, input({ termsEn: "New terms.", publishNewVersion: true })),
      ).toMatchObject({ ok: true, data: { termsVersion: 2, published: true } });
    } finally {
      setClockForTests(undefined);
    }
    expect(await db().clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({
      termsVersion: 2,
      termsPublishedAt: at,
      termsEn: "New terms.",
    });
    const audits = await db().auditEvent.findMany({
      where: { resourceId: clinicId, outcome: "success" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorAccountId])).toEqual([
      ["settings.save", admin.id],
      ["settings.publishTerms", admin.id],
    ]);
  });

  it("validates the form: override 10–21, validity 1–90, known registration fields", () => {
    const form = {
      ...input(),
      ageOfConsentOverride: "9",
      invitationValidityDays: "0",
      mandatoryRegistrationFields: ["sex", "password"],
      publishNewVersion: undefined,
    };
    const parsed = settingsSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        "ageOfConsentOverride",
        "invitationValidityDays",
        "mandatoryRegistrationFields",
      ]),
    );
    const good = settingsSchema.parse({
      ...input(),
      ageOfConsentOverride: "",
      invitationValidityDays: "30",
      mandatoryRegistrationFields: "address",
      publishNewVersion: "on",
      // A form sends "on" for a ticked box and nothing for an unticked one.
      messagesEnabled: "on",
      documentsEnabled: undefined,
      billsEnabled: "on",
      patientMessagesEnabled: undefined,
      collectsHealthCard: "on",
      patientsEditContact: undefined,
    });
    expect(good).toMatchObject({
      ageOfConsentOverride: null,
      invitationValidityDays: 30,
      mandatoryRegistrationFields: ["address"],
      publishNewVersion: true,
      messagesEnabled: true,
      documentsEnabled: false,
      billsEnabled: true,
      patientMessagesEnabled: false,
      collectsHealthCard: true,
      patientsEditContact: false,
    });
  });
});
