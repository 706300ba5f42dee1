// The one access check for patient data, against a real database: own
// profile, per-tab grants, another patient's profile, and the lapse at the age
// of consent (SECURITY.md AC-2, AC-3, AC-5).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authorizeProfile, listAccessibleProfiles } from "@/lib/access/profile-access";
import { findSessionAccount } from "@/lib/auth/data";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createProfile, grantAccess } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

const TZ = "America/Toronto";
let parentId: string;
let childId: string;
let otherProfileId: string;

async function sessionOf(accountId: string) {
  const account = await findSessionAccount(accountId);
  if (!account) throw new Error("account missing");
  return account;
}

beforeAll(async () => {
  const clinic = await createClinic();
  const parent = await createPatient(clinic.id, { email: uniqueEmail("parent") });
  // Turns 14 (Québec's age of consent) on 2026-06-15.
  const child = await createProfile(clinic.id, { firstName: "Kid", dateOfBirth: "2012-06-15" });
  await grantAccess({
    accountId: parent.account.id,
    profileId: child.id,
    tabs: ["appointments", "messages"],
  });
  const other = await createPatient(clinic.id, { email: uniqueEmail("other") });
  parentId = parent.account.id;
  childId = child.id;
  otherProfileId = other.profile.id;
});

afterEach(() => setClockForTests(undefined));

describe("before the child reaches the age of consent", () => {
  it("grants exactly the permitted tabs of the child's profile", async () => {
    setClockForTests(() => new Date("2026-06-14T12:00:00Z"));
    const account = await sessionOf(parentId);
    expect(await authorizeProfile(account, childId, "appointments", TZ)).toBe(childId);
    expect(await authorizeProfile(account, childId, "messages", TZ)).toBe(childId);
    expect(await authorizeProfile(account, childId, "documents", TZ)).toBeNull();
    expect(await authorizeProfile(account, childId, "bills", TZ)).toBeNull();
  });

  it("never grants another patient's profile, and audits the denial", async () => {
    const account = await sessionOf(parentId);
    expect(await authorizeProfile(account, otherProfileId, "appointments", TZ)).toBeNull();
    const denial = await db().auditEvent.findFirst({
      where: { actorAccountId: parentId, subjectProfileId: otherProfileId, outcome: "denied" },
    });
    expect(denial?.action).toBe("access");
  });

  it("gives the account holder every tab of their own profile", async () => {
    const account = await sessionOf(parentId);
    for (const tab of ["appointments", "messages", "documents", "bills"] as const) {
      expect(await authorizeProfile(account, account.profileId!, tab, TZ)).toBe(account.profileId);
    }
  });
});

describe("on the day the child reaches the age of consent", () => {
  it("lapses the access, records the lapse once and shows it as lapsed", async () => {
    // 04:30 UTC is 00:30 on June 15 in Montréal: the clinic's date counts.
    setClockForTests(() => new Date("2026-06-15T04:30:00Z"));
    const account = await sessionOf(parentId);
    expect(await authorizeProfile(account, childId, "appointments", TZ)).toBeNull();
    const profiles = await listAccessibleProfiles(account, TZ);
    expect(profiles.find((p) => p.profileId === childId)).toMatchObject({
      state: "lapsed",
      tabs: [],
    });

    const grant = await db().profileAccess.findFirstOrThrow({
      where: { accountId: parentId, profileId: childId },
    });
    expect(grant.lapsedAt).not.toBeNull();
    await listAccessibleProfiles(account, TZ);
    expect(await db().auditEvent.count({ where: { resourceId: grant.id, action: "lapse" } })).toBe(
      1,
    );
  });

  it("is not lapsed the evening before, in the clinic's time zone", async () => {
    const clinic = await createClinic();
    const parent = await createPatient(clinic.id, { email: uniqueEmail("evening") });
    const child = await createProfile(clinic.id, { dateOfBirth: "2012-06-15" });
    await grantAccess({
      accountId: parent.account.id,
      profileId: child.id,
      tabs: ["appointments"],
    });
    // 23:30 on June 14 in Montréal is already June 15 in UTC.
    setClockForTests(() => new Date("2026-06-15T03:30:00Z"));
    expect(
      await authorizeProfile(await sessionOf(parent.account.id), child.id, "appointments", TZ),
    ).toBe(child.id);
  });

  it("keeps access when the person's consent was recorded", async () => {
    const clinic = await createClinic();
    const parent = await createPatient(clinic.id, { email: uniqueEmail("consented") });
    const teen = await createProfile(clinic.id, { dateOfBirth: "2010-01-10" });
    await grantAccess({
      accountId: parent.account.id,
      profileId: teen.id,
      tabs: ["bills"],
      consentRecordedAt: new Date("2026-01-02T00:00:00Z"),
    });
    setClockForTests(() => new Date("2026-11-26T12:00:00Z"));
    expect(await authorizeProfile(await sessionOf(parent.account.id), teen.id, "bills", TZ)).toBe(
      teen.id,
    );
  });
});

describe("the age of consent of the clinic's province, on the exact day", () => {
  it.each([
    ["QC", 14, "2012-09-03", "2026-09-03"],
    ["ON", 16, "2010-09-03", "2026-09-03"],
    ["NB", 16, "2010-09-03", "2026-09-03"],
  ])(
    "%s (%i): access lapses on the birthday, in the clinic's zone",
    async (province, _age, born, day) => {
      const clinic = await createClinic();
      const parent = await createPatient(clinic.id, { email: uniqueEmail(`lapse-${province}`) });
      const child = await createProfile(clinic.id, { dateOfBirth: born });
      await grantAccess({
        accountId: parent.account.id,
        profileId: child.id,
        tabs: ["appointments"],
        province,
      });
      const grant = await db().profileAccess.findFirstOrThrow({ where: { profileId: child.id } });
      expect(grant.lapsesOn?.toISOString().slice(0, 10)).toBe(day);
      const account = await sessionOf(parent.account.id);
      // 23:59 the evening before in Montréal, then 00:01 on the day.
      setClockForTests(() => new Date(`${day}T03:59:00Z`));
      expect(await authorizeProfile(account, child.id, "appointments", TZ)).toBe(child.id);
      setClockForTests(() => new Date(`${day}T04:01:00Z`));
      expect(await authorizeProfile(account, child.id, "appointments", TZ)).toBeNull();
      expect(
        (await listAccessibleProfiles(account, TZ)).find((p) => p.profileId === child.id)?.state,
      ).toBe("lapsed");
    },
  );
});

describe("revocation", () => {
  it("takes effect on the next check (AC-4)", async () => {
    const clinic = await createClinic();
    const parent = await createPatient(clinic.id, { email: uniqueEmail("revoked") });
    const child = await createProfile(clinic.id, { dateOfBirth: "2020-03-03" });
    const grant = await grantAccess({
      accountId: parent.account.id,
      profileId: child.id,
      tabs: ["appointments"],
    });
    const account = await sessionOf(parent.account.id);
    expect(await authorizeProfile(account, child.id, "appointments", TZ)).toBe(child.id);
    await db().profileAccess.update({ where: { id: grant.id }, data: { revokedAt: new Date() } });
    expect(await authorizeProfile(account, child.id, "appointments", TZ)).toBeNull();
  });
});
