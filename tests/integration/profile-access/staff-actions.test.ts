// The staff's attachment actions and page data through the real session gate
// and action wrapper: account search, attach with ticked permissions, the
// refusals the form shows, a patient calling the staff actions, a profile of
// another clinic; the patient page's lists with each access's state, and the
// patient list's "lapses within 30 days" filter on the clinic's date.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import {
  createClinic,
  createPatient,
  createProfile,
  createStaff,
  grantAccess,
} from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, form, signInOn, thrownDigest } from "../portal-session";

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
      "x-request-id": "req-profile-access",
      "x-client-ip": "192.0.2.44",
    }),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
}));

const actions = await import("@/lib/profile-access/actions");
const { loadProfileAccess } = await import("@/lib/profile-access/loaders");
const { listPatients } = await import("@/lib/admin/patients");

const PASSWORD = "Profile-access-test-2026!";
const NOW = new Date("2026-06-01T16:00:00Z");

let clinicId: string;
let staff: { id: string; email: string };
let parent: Awaited<ReturnType<typeof createPatient>>;
let parentEmail: string;

const signIn = (email: string | null) => signInOn(request, email, PASSWORD);

beforeAll(async () => {
  setClockForTests(() => NOW);
  // The deployment's clinic is the first one created.
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  const email = uniqueEmail("staff");
  staff = { id: (await createStaff({ email, password: PASSWORD })).id, email };
  parentEmail = uniqueEmail("parent");
  parent = await createPatient(clinicId, {
    email: parentEmail,
    password: PASSWORD,
    firstName: "Rosalie",
    lastName: "Gagnon-Search",
    dateOfBirth: "1984-11-02",
  });
});

afterEach(() => setClockForTests(() => NOW));

describe("attaching from the patient's page", () => {
  it("finds accounts by name, email or date of birth, leaving out the profile's own account and other clinics", async () => {
    const child = await createPatient(clinicId, {
      email: uniqueEmail("kid-own"),
      lastName: "Gagnon-Search",
      dateOfBirth: "2012-02-02",
    });
    const elsewhere = await createClinic();
    await createPatient(elsewhere.id, {
      email: uniqueEmail("foreign"),
      lastName: "Gagnon-Search",
    });
    await signIn(staff.email);
    const search = (query: string) =>
      actions.searchAccountsAction(null, form({ profileId: child.profile.id, query }));
    for (const query of ["gagnon-search", parentEmail.toUpperCase(), "1984-11-02"]) {
      const result = await search(query);
      expect(result.ok, query).toBe(true);
      const found = result.ok ? result.data : [];
      expect(
        found.map((a) => a.accountId),
        query,
      ).toEqual([parent.account.id]);
      expect(found[0]).toMatchObject({
        email: parentEmail,
        name: "Rosalie Gagnon-Search",
        dateOfBirth: "1984-11-02",
      });
    }
  });

  it("attaches with the ticked permissions; none ticked or no consent for an adult is refused with a code", async () => {
    const child = await createProfile(clinicId, { dateOfBirth: "2016-09-09" });
    await signIn(staff.email);
    expect(
      await actions.attachProfileAction(
        null,
        form({ profileId: child.id, accountId: parent.account.id, consentMethod: "" }),
      ),
    ).toMatchObject({ ok: false, code: "invalid", fields: { tabs: "noPermission" } });
    expect(
      await actions.attachProfileAction(
        null,
        form({
          profileId: child.id,
          accountId: parent.account.id,
          tabs: ["appointments", "messages"],
          consentMethod: "",
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await db().profileAccess.findFirstOrThrow({ where: { profileId: child.id } }),
    ).toMatchObject({ canAppointments: true, canMessages: true, grantedById: staff.id });

    const adult = await createProfile(clinicId, { dateOfBirth: "1970-01-01" });
    expect(
      await actions.attachProfileAction(
        null,
        form({ profileId: adult.id, accountId: parent.account.id, tabs: "bills" }),
      ),
    ).toMatchObject({ ok: false, code: "consentRequired" });
    expect(await db().profileAccess.count({ where: { profileId: adult.id } })).toBe(0);
    const audit = await db().auditEvent.findFirst({
      where: { subjectProfileId: child.id, resourceType: "profileAccess", action: "attach" },
    });
    expect(audit).toMatchObject({
      actorAccountId: staff.id,
      ip: "192.0.2.44",
      requestId: "req-profile-access",
    });
  });

  it("a patient calling the staff actions is refused and nothing changes", async () => {
    const child = await createProfile(clinicId, { dateOfBirth: "2017-07-07" });
    const grant = await grantAccess({
      accountId: parent.account.id,
      profileId: child.id,
      tabs: ["appointments"],
    });
    await signIn(parentEmail);
    const ids = { profileId: child.id, grantId: grant.id };
    for (const call of [
      () => actions.searchAccountsAction(null, form({ profileId: child.id, query: "a" })),
      () =>
        actions.attachProfileAction(
          null,
          form({ profileId: child.id, accountId: parent.account.id, tabs: "bills" }),
        ),
      () => actions.changePermissionsAction(null, form({ ...ids, tabs: "bills" })),
      () => actions.recordConsentAction(null, form({ ...ids, consentMethod: "phone" })),
      () => actions.revokeAccessAction(null, form(ids)),
    ])
      expect(await thrownDigest(call)).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadProfileAccess(child.id))).toMatch(NOT_FOUND);
    expect(await db().profileAccess.findUniqueOrThrow({ where: { id: grant.id } })).toEqual(grant);
  });

  it("staff cannot reach an access of another clinic's profile", async () => {
    const other = await createClinic();
    const holder = await createPatient(other.id, { email: uniqueEmail("other-parent") });
    const child = await createProfile(other.id, { dateOfBirth: "2018-08-08" });
    const grant = await grantAccess({
      accountId: holder.account.id,
      profileId: child.id,
      tabs: ["appointments"],
    });
    await signIn(staff.email);
    const ids = { profileId: child.id, grantId: grant.id };
    expect(await actions.revokeAccessAction(null, form(ids))).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await actions.changePermissionsAction(null, form({ ...ids, tabs: "bills" })),
    ).toMatchObject({ ok: false, code: "notFound" });
    // The grant id of another clinic does not pass through a profile of this one either.
    const mine = await createProfile(clinicId);
    expect(
      await actions.revokeAccessAction(null, form({ profileId: mine.id, grantId: grant.id })),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await actions.attachProfileAction(
        null,
        form({ profileId: child.id, accountId: parent.account.id, tabs: "bills" }),
      ),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(await thrownDigest(() => loadProfileAccess(child.id))).toMatch(NOT_FOUND);
    expect(await db().profileAccess.findUniqueOrThrow({ where: { id: grant.id } })).toEqual(grant);
  });
});

describe("the patient page's lists", () => {
  it("shows each attached account and each attached profile with its state on the clinic's date", async () => {
    const child = await createPatient(clinicId, {
      email: uniqueEmail("teen-own"),
      firstName: "Noah",
      dateOfBirth: "2012-06-01",
    });
    const active = await grantAccess({
      accountId: parent.account.id,
      profileId: child.profile.id,
      tabs: ["appointments", "bills"],
    });
    const other = await createPatient(clinicId, { email: uniqueEmail("ex") });
    const revoked = await grantAccess({
      accountId: other.account.id,
      profileId: child.profile.id,
      tabs: ["messages"],
    });
    await db().profileAccess.update({ where: { id: revoked.id }, data: { revokedAt: NOW } });
    // Noah's own account may see a younger sibling's profile.
    const sibling = await createProfile(clinicId, { firstName: "Mia", dateOfBirth: "2020-01-01" });
    await grantAccess({ accountId: child.account.id, profileId: sibling.id, tabs: ["documents"] });

    await signIn(staff.email);
    // 23:30 on May 31 in Montréal: Noah is still 13.
    setClockForTests(() => new Date("2026-06-01T03:30:00Z"));
    const before = await loadProfileAccess(child.profile.id);
    expect(before.consentNeeded).toBe(false);
    expect(before.attachedAccounts.map((g) => [g.id, g.state, g.tabs])).toEqual([
      [active.id, "active", ["appointments", "bills"]],
      [revoked.id, "revoked", ["messages"]],
    ]);
    expect(before.attachedAccounts[0]).toMatchObject({
      email: parentEmail,
      name: "Rosalie Gagnon-Search",
      lapsesOn: "2026-06-01",
    });
    expect(before.attachedProfiles).toMatchObject([
      { profileId: sibling.id, state: "active", tabs: ["documents"] },
    ]);

    // 00:30 on June 1st: Noah turned 14, the parent's access has lapsed.
    setClockForTests(() => new Date("2026-06-01T04:30:00Z"));
    const after = await loadProfileAccess(child.profile.id);
    expect(after.consentNeeded).toBe(true);
    expect(after.attachedAccounts.map((g) => g.state)).toEqual(["lapsed", "revoked"]);
  });
});

describe("the patient list's filter: access lapsing within 30 days", () => {
  it("lists the profiles with a live, unconsented access lapsing after today and within 30 days", async () => {
    await db().profileAccess.deleteMany({});
    const holder = await createPatient(clinicId, { email: uniqueEmail("lapse-holder") });
    // Today is 2026-06-01 in Montréal (NOW); each child turns 14 on its date.
    const child = async (name: string, dateOfBirth: string) => {
      const p = await createProfile(clinicId, { firstName: name, dateOfBirth });
      const grant = await grantAccess({
        accountId: holder.account.id,
        profileId: p.id,
        tabs: ["appointments"],
      });
      return { profile: p, grant };
    };
    const soon = await child("Soon", "2012-06-11");
    const lastDay = await child("LastDay", "2012-07-01");
    await child("Later", "2012-07-02");
    await child("Today", "2012-06-01");
    const consented = await child("Consented", "2012-06-15");
    await db().profileAccess.update({
      where: { id: consented.grant.id },
      data: { consentRecordedAt: NOW },
    });
    const revoked = await child("Revoked", "2012-06-15");
    await db().profileAccess.update({
      where: { id: revoked.grant.id },
      data: { revokedAt: NOW },
    });
    const actor = { id: staff.id, role: "staff" as const };
    const lapsing = async () =>
      (await listPatients(actor, { lapsing: true }))!.rows.map((r) => r.id).sort();
    expect(await lapsing()).toEqual([soon.profile.id, lastDay.profile.id].sort());
    // Without the filter, every profile is listed.
    expect((await listPatients(actor, {}))!.total).toBeGreaterThan(6);

    // At 00:30 on June 11 in Montréal, "Soon" has lapsed (no longer "lapsing") and
    // "Later" (July 2) has come within 30 days.
    setClockForTests(() => new Date("2026-06-11T04:30:00Z"));
    const later = await db().patientProfile.findFirstOrThrow({ where: { firstName: "Later" } });
    expect(await lapsing()).toEqual([lastDay.profile.id, later.id].sort());
    // 23:30 on June 10 there: the clinic's date is still June 10.
    setClockForTests(() => new Date("2026-06-11T03:30:00Z"));
    expect(await lapsing()).toContain(soon.profile.id);
  });
});
