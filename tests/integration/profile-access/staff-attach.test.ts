// Staff attach a profile to a patient account and manage that access, against
// a real database with an injected clock: permissions, the consent needed from
// the age of consent (Québec 14, Ontario 16, a clinic's override), a minor's
// lapse date, changing permissions, revoking, restoring a lapsed access by
// recording consent. Each change writes its audit row (before/after) and the
// emails to both accounts, rendered here with the real templates.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  authorizeClinicProfile,
  authorizeProfile,
  listAccessibleProfiles,
  type AuthorizedProfileId,
} from "@/lib/access/profile-access";
import type { Actor } from "@/lib/audit/actor";
import { findSessionAccount } from "@/lib/auth/data";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createProfile, createStaff } from "@/lib/demo/factories";
import { renderEmail } from "@/lib/email/render";
import {
  attachProfile,
  changePermissions,
  recordConsent,
  revokeAccess,
  type AccessClinic,
} from "@/lib/profile-access/mutations";
import { uniqueEmail } from "../harness";

const TZ = "America/Toronto";
// Noon in Montréal, June 1st 2026.
const NOW = new Date("2026-06-01T16:00:00Z");

let clinic: AccessClinic & { name: string };
let staff: Actor;
let parent: Awaited<ReturnType<typeof createPatient>>;

async function clinicOf(over: { province?: string; ageOfConsentOverride?: number } = {}) {
  const row = await createClinic({ name: "Clinique Saint-Laurent", timeZone: TZ, ...over });
  if (over.ageOfConsentOverride)
    await db().clinic.update({
      where: { id: row.id },
      data: { ageOfConsentOverride: over.ageOfConsentOverride },
    });
  return {
    id: row.id,
    name: row.name,
    province: row.province,
    ageOfConsentOverride: over.ageOfConsentOverride ?? null,
    timeZone: TZ,
  };
}

async function proven(clinicId: string, profileId: string): Promise<AuthorizedProfileId> {
  const id = await authorizeClinicProfile(clinicId, profileId);
  if (!id) throw new Error("not the clinic's profile");
  return id;
}

const grantOf = (accountId: string, profileId: string) =>
  db().profileAccess.findUniqueOrThrow({
    where: { accountId_profileId: { accountId, profileId } },
  });

const auditsOf = (grantId: string) =>
  db().auditEvent.findMany({ where: { resourceId: grantId }, orderBy: { id: "asc" } });

/** The emails of one template queued to `to`, rendered with the real template in their locale. */
async function renderedTo(to: string) {
  const rows = await db().outboxEmail.findMany({
    where: { to, template: "profile-access-changed" },
    orderBy: { createdAt: "asc" },
  });
  return Promise.all(
    rows.map(async (row) => ({
      locale: row.locale,
      ...(await renderEmail(
        "profile-access-changed",
        row.payload as never,
        row.locale as "en" | "fr",
        { clinicName: "Clinique Saint-Laurent", timeZone: TZ },
      )),
    })),
  );
}

beforeAll(async () => {
  setClockForTests(() => NOW);
  clinic = await clinicOf();
  staff = {
    accountId: (await createStaff({ email: uniqueEmail("staff") })).id,
    role: "staff",
    requestId: "req-attach",
  };
  parent = await createPatient(clinic.id, {
    email: uniqueEmail("parent"),
    firstName: "Marc",
    lastName: "Tremblay",
    language: "en",
  });
});

afterEach(() => setClockForTests(() => NOW));

describe("attaching a minor's profile", () => {
  it("gives the ticked permissions, dates the lapse at 14 in Québec, audits it and emails the parent", async () => {
    const child = await createProfile(clinic.id, { firstName: "Léa", dateOfBirth: "2015-03-10" });
    const result = await attachProfile(
      clinic,
      await proven(clinic.id, child.id),
      { accountId: parent.account.id, tabs: ["appointments", "messages"], consentMethod: null },
      staff,
    );
    expect(result.ok).toBe(true);
    const grant = await grantOf(parent.account.id, child.id);
    expect(grant).toMatchObject({
      canAppointments: true,
      canMessages: true,
      canDocuments: false,
      canBills: false,
      consentRecordedAt: null,
      consentMethod: null,
      grantedById: staff.accountId,
      revokedAt: null,
    });
    expect(grant.lapsesOn?.toISOString().slice(0, 10)).toBe("2029-03-10");

    const session = await findSessionAccount(parent.account.id);
    expect(await authorizeProfile(session!, child.id, "messages", TZ)).toBe(child.id);
    expect(await authorizeProfile(session!, child.id, "bills", TZ)).toBeNull();

    const [audit] = await auditsOf(grant.id);
    expect(audit).toMatchObject({
      actorAccountId: staff.accountId,
      actorRole: "staff",
      subjectProfileId: child.id,
      resourceType: "profileAccess",
      action: "attach",
      requestId: "req-attach",
      detail: {
        accountId: parent.account.id,
        before: null,
        after: "active:appointments,messages",
        lapsesOn: "2029-03-10",
      },
    });

    // The child has no account of their own: the parent alone is told.
    const [email, ...more] = await renderedTo(parent.account.email);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(
      "A profile was added to your portal account — Clinique Saint-Laurent",
    );
    expect(email!.text).toContain(
      "Clinique Saint-Laurent added Léa’s profile to your portal account.",
    );
    expect(email!.text).toContain("The access now covers: appointments and messages.");
    expect(email!.html).toContain('href="http://localhost:3000/en/dashboard"');
  });

  it("dates the lapse at 16 in Ontario, and at a clinic's own age of consent", async () => {
    const ontario = await clinicOf({ province: "ON" });
    const holder = await createPatient(ontario.id, { email: uniqueEmail("on-parent") });
    const child = await createProfile(ontario.id, { dateOfBirth: "2012-08-20" });
    await attachProfile(
      ontario,
      await proven(ontario.id, child.id),
      { accountId: holder.account.id, tabs: ["bills"], consentMethod: null },
      staff,
    );
    expect((await grantOf(holder.account.id, child.id)).lapsesOn?.toISOString().slice(0, 10)).toBe(
      "2028-08-20",
    );

    const strict = await clinicOf({ ageOfConsentOverride: 18 });
    const holder18 = await createPatient(strict.id, { email: uniqueEmail("override-parent") });
    // 15 years old: a minor under the clinic's 18, although over Québec's 14.
    const teen = await createProfile(strict.id, { dateOfBirth: "2011-01-31" });
    const result = await attachProfile(
      strict,
      await proven(strict.id, teen.id),
      { accountId: holder18.account.id, tabs: ["documents"], consentMethod: null },
      staff,
    );
    expect(result.ok).toBe(true);
    expect((await grantOf(holder18.account.id, teen.id)).lapsesOn?.toISOString().slice(0, 10)).toBe(
      "2029-01-31",
    );
  });
});

describe("attaching an adult's profile", () => {
  it("is refused without their consent, and nothing is written or sent", async () => {
    const adult = await createPatient(clinic.id, {
      email: uniqueEmail("adult"),
      dateOfBirth: "1990-04-04",
    });
    const audits = await db().auditEvent.count();
    const emails = await db().outboxEmail.count();
    const result = await attachProfile(
      clinic,
      await proven(clinic.id, adult.profile.id),
      { accountId: parent.account.id, tabs: ["appointments"], consentMethod: null },
      staff,
    );
    expect(result).toMatchObject({ ok: false, code: "consentRequired" });
    expect(await db().profileAccess.count({ where: { profileId: adult.profile.id } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(audits);
    expect(await db().outboxEmail.count()).toBe(emails);
  });

  it("is refused on the very day they reach the age of consent, in the clinic's time zone", async () => {
    // Turns 14 on June 1st: at 00:30 in Montréal (04:30 UTC) it is already that day.
    const teen = await createProfile(clinic.id, { dateOfBirth: "2012-06-01" });
    setClockForTests(() => new Date("2026-06-01T04:30:00Z"));
    const refused = await attachProfile(
      clinic,
      await proven(clinic.id, teen.id),
      { accountId: parent.account.id, tabs: ["appointments"], consentMethod: null },
      staff,
    );
    expect(refused).toMatchObject({ ok: false, code: "consentRequired" });
    // 23:30 the evening before (03:30 UTC on June 1st): still a minor there.
    setClockForTests(() => new Date("2026-06-01T03:30:00Z"));
    const attached = await attachProfile(
      clinic,
      await proven(clinic.id, teen.id),
      { accountId: parent.account.id, tabs: ["appointments"], consentMethod: null },
      staff,
    );
    expect(attached.ok).toBe(true);
    expect((await grantOf(parent.account.id, teen.id)).lapsesOn?.toISOString()).toMatch(
      /^2026-06-01/,
    );
  });

  it("records who recorded the consent, when and how, and emails both accounts in their language", async () => {
    const adult = await createPatient(clinic.id, {
      email: uniqueEmail("grandma"),
      firstName: "Gisèle",
      dateOfBirth: "1950-09-09",
      language: "fr",
    });
    const result = await attachProfile(
      clinic,
      await proven(clinic.id, adult.profile.id),
      { accountId: parent.account.id, tabs: ["appointments", "bills"], consentMethod: "phone" },
      staff,
    );
    expect(result.ok).toBe(true);
    const grant = await grantOf(parent.account.id, adult.profile.id);
    expect(grant).toMatchObject({
      consentRecordedAt: NOW,
      consentMethod: "phone",
      consentRecordedById: staff.accountId,
      lapsesOn: null,
    });
    const [audit] = await auditsOf(grant.id);
    expect(audit?.detail).toMatchObject({
      consentMethod: "phone",
      after: "active:appointments,bills",
    });

    const holderMail = (await renderedTo(parent.account.email)).at(-1)!;
    expect(holderMail.locale).toBe("en");
    expect(holderMail.text).toContain("added Gisèle’s profile to your portal account");
    const [personMail] = await renderedTo(adult.account.email);
    expect(personMail!.locale).toBe("fr");
    expect(personMail!.subject).toBe(
      "Un compte a reçu l’accès à votre profil — Clinique Saint-Laurent",
    );
    expect(personMail!.text).toContain(
      "Clinique Saint-Laurent a donné au compte du portail de Marc Tremblay l’accès à votre profil.",
    );
    expect(personMail!.text).toContain(
      "L’accès comprend maintenant\u00a0: rendez-vous et factures.",
    );
    expect(personMail!.html).toContain('href="http://localhost:3000/fr/dashboard"');
  });
});

describe("refusals", () => {
  it("refuses the profile's own account, a second live grant, a staff account and another clinic's account", async () => {
    const own = await createPatient(clinic.id, { email: uniqueEmail("own") });
    const child = await createProfile(clinic.id, { dateOfBirth: "2018-01-01" });
    const profileId = await proven(clinic.id, child.id);
    const input = (accountId: string) => ({
      accountId,
      tabs: ["appointments" as const],
      consentMethod: null,
    });
    expect(
      await attachProfile(
        clinic,
        await proven(clinic.id, own.profile.id),
        input(own.account.id),
        staff,
      ),
    ).toMatchObject({ ok: false, code: "ownAccount" });

    expect((await attachProfile(clinic, profileId, input(parent.account.id), staff)).ok).toBe(true);
    expect(await attachProfile(clinic, profileId, input(parent.account.id), staff)).toMatchObject({
      ok: false,
      code: "alreadyAttached",
    });

    const colleague = await createStaff({ email: uniqueEmail("colleague") });
    expect(await attachProfile(clinic, profileId, input(colleague.id), staff)).toMatchObject({
      ok: false,
      code: "staffAccount",
    });

    const elsewhere = await clinicOf();
    const foreign = await createPatient(elsewhere.id, { email: uniqueEmail("foreign") });
    expect(await attachProfile(clinic, profileId, input(foreign.account.id), staff)).toMatchObject({
      ok: false,
      code: "accountNotFound",
    });
    expect(await db().profileAccess.count({ where: { profileId: child.id } })).toBe(1);
  });

  it("refuses a patient actor in every use case, writing nothing", async () => {
    const child = await createProfile(clinic.id, { dateOfBirth: "2019-05-05" });
    const profileId = await proven(clinic.id, child.id);
    const patientActor: Actor = { accountId: parent.account.id, role: "patient" };
    expect(
      await attachProfile(
        clinic,
        profileId,
        { accountId: parent.account.id, tabs: ["appointments"], consentMethod: null },
        patientActor,
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    await attachProfile(
      clinic,
      profileId,
      { accountId: parent.account.id, tabs: ["appointments"], consentMethod: null },
      staff,
    );
    const grant = await grantOf(parent.account.id, child.id);
    const scope = { clinic, profileId, grantId: grant.id };
    expect(await changePermissions(scope, ["bills"], patientActor)).toMatchObject({ ok: false });
    expect(await recordConsent(scope, "inPerson", patientActor)).toMatchObject({ ok: false });
    expect(await revokeAccess(scope, patientActor)).toMatchObject({ ok: false });
    expect(await grantOf(parent.account.id, child.id)).toEqual(grant);
  });
});

describe("managing an access", () => {
  async function attachedAdult(name: string) {
    const person = await createPatient(clinic.id, {
      email: uniqueEmail("person"),
      firstName: name,
      dateOfBirth: "1980-02-02",
      language: "fr",
    });
    const profileId = await proven(clinic.id, person.profile.id);
    const holder = await createPatient(clinic.id, {
      email: uniqueEmail("holder"),
      firstName: "Hugo",
      lastName: "Lévesque",
    });
    await attachProfile(
      clinic,
      profileId,
      {
        accountId: holder.account.id,
        tabs: ["appointments", "messages"],
        consentMethod: "inPerson",
      },
      staff,
    );
    const grant = await grantOf(holder.account.id, person.profile.id);
    return { person, holder, grant, scope: { clinic, profileId, grantId: grant.id } };
  }

  it("changes the permissions, with before/after in the audit and an email to both accounts", async () => {
    const { person, holder, grant, scope } = await attachedAdult("Anne");
    expect((await changePermissions(scope, ["appointments"], staff)).ok).toBe(true);
    expect(await grantOf(holder.account.id, person.profile.id)).toMatchObject({
      canAppointments: true,
      canMessages: false,
    });
    const audit = (await auditsOf(grant.id)).at(-1);
    expect(audit).toMatchObject({
      action: "changePermissions",
      actorAccountId: staff.accountId,
      detail: { before: "active:appointments,messages", after: "active:appointments" },
    });
    const toHolder = (await renderedTo(holder.account.email)).at(-1)!;
    expect(toHolder.subject).toBe("Your access to a profile changed — Clinique Saint-Laurent");
    expect(toHolder.text).toContain("The access now covers: appointments.");
    const toPerson = (await renderedTo(person.account.email)).at(-1)!;
    expect(toPerson.subject).toBe(
      "L’accès d’un compte à votre profil a changé — Clinique Saint-Laurent",
    );
    expect(toPerson.text).toContain("Hugo Lévesque");
  });

  it("revokes: the holder loses access at once, audited and emailed; the pair can be attached anew", async () => {
    const { person, holder, grant, scope } = await attachedAdult("Béa");
    const later = new Date("2026-06-02T14:00:00Z");
    setClockForTests(() => later);
    expect((await revokeAccess(scope, staff)).ok).toBe(true);
    expect((await grantOf(holder.account.id, person.profile.id)).revokedAt).toEqual(later);
    const session = await findSessionAccount(holder.account.id);
    expect(await authorizeProfile(session!, person.profile.id, "appointments", TZ)).toBeNull();
    expect((await auditsOf(grant.id)).at(-1)).toMatchObject({
      action: "revoke",
      detail: { before: "active:appointments,messages", after: "revoked:appointments,messages" },
    });
    const toHolder = (await renderedTo(holder.account.email)).at(-1)!;
    expect(toHolder.subject).toBe("Your access to a profile ended — Clinique Saint-Laurent");
    expect(toHolder.text).toContain("That account no longer sees any part of the profile.");
    const toPerson = (await renderedTo(person.account.email)).at(-1)!;
    expect(toPerson.text).toContain("a mis fin à l’accès de Hugo Lévesque à votre profil");
    expect(await revokeAccess(scope, staff)).toMatchObject({ ok: false, code: "notFound" });

    const again = await attachProfile(
      clinic,
      scope.profileId,
      { accountId: holder.account.id, tabs: ["bills"], consentMethod: "signedForm" },
      staff,
    );
    expect(again.ok).toBe(true);
    expect(await grantOf(holder.account.id, person.profile.id)).toMatchObject({
      id: grant.id,
      revokedAt: null,
      canBills: true,
      canAppointments: false,
      consentMethod: "signedForm",
      createdAt: later,
    });
  });

  it("restores a lapsed access by recording consent: lapsedAt cleared, lapsesOn kept", async () => {
    // Turns 14 on June 10, 2026; attached while a minor.
    const teen = await createPatient(clinic.id, {
      email: uniqueEmail("teen"),
      firstName: "Zoé",
      dateOfBirth: "2012-06-10",
      language: "fr",
    });
    const holder = await createPatient(clinic.id, { email: uniqueEmail("teen-parent") });
    const profileId = await proven(clinic.id, teen.profile.id);
    await attachProfile(
      clinic,
      profileId,
      { accountId: holder.account.id, tabs: ["messages"], consentMethod: null },
      staff,
    );
    const grant = await grantOf(holder.account.id, teen.profile.id);

    // On the day, the holder's next read notices and records the lapse.
    const onTheDay = new Date("2026-06-10T13:00:00Z");
    setClockForTests(() => onTheDay);
    const session = await findSessionAccount(holder.account.id);
    expect(await authorizeProfile(session!, teen.profile.id, "messages", TZ)).toBeNull();
    expect((await grantOf(holder.account.id, teen.profile.id)).lapsedAt).not.toBeNull();

    expect(
      (await recordConsent({ clinic, profileId, grantId: grant.id }, "signedForm", staff)).ok,
    ).toBe(true);
    const restored = await grantOf(holder.account.id, teen.profile.id);
    expect(restored).toMatchObject({
      lapsedAt: null,
      consentRecordedAt: onTheDay,
      consentMethod: "signedForm",
      consentRecordedById: staff.accountId,
    });
    expect(restored.lapsesOn?.toISOString().slice(0, 10)).toBe("2026-06-10");
    const fresh = await findSessionAccount(holder.account.id);
    const profiles = await listAccessibleProfiles(fresh!, TZ);
    expect(profiles.find((p) => p.profileId === teen.profile.id)).toMatchObject({
      state: "granted",
      tabs: ["messages"],
    });
    expect((await auditsOf(grant.id)).at(-1)).toMatchObject({
      action: "recordConsent",
      detail: { before: "lapsed:messages", after: "active:messages", consentMethod: "signedForm" },
    });
    const toTeen = (await renderedTo(teen.account.email)).at(-1)!;
    expect(toTeen.subject).toBe("Votre consentement a été enregistré — Clinique Saint-Laurent");
    const toHolder = (await renderedTo(holder.account.email)).at(-1)!;
    expect(toHolder.text).toContain("recorded Zoé’s consent to your access to their profile");

    expect(
      await recordConsent({ clinic, profileId, grantId: grant.id }, "phone", staff),
    ).toMatchObject({ ok: false, code: "alreadyConsented" });
  });
});
