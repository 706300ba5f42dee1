// Accepting an invitation, against a real database: the account is created
// for the invited profile, once; wrong codes are limited; the code expires
// (injectable clock); an address that already has an account is refused when
// staff send, and one taken since gets the same discreet refusal at acceptance.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendInvitation } from "@/lib/admin/patients";
import { verifyPassword } from "@/lib/auth/password";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createProfile, createStaff } from "@/lib/demo/factories";
import { acceptInvitation, inspectInvitation } from "@/lib/invitations/invitations";
import { MAX_FAILED_CODES } from "@/lib/invitations/rules";
import { uniqueEmail } from "../harness";

let clinicId: string;
let staff: { id: string; role: "staff" };
const PASSWORD = "Invited-patient-7!";

/** Invites a fresh profile; returns the link secret and code read from the queued email. */
async function invite(email = uniqueEmail("invited"), language: "en" | "fr" = "fr") {
  const profile = await createProfile(clinicId, { firstName: "Invited", language });
  const result = await sendInvitation(staff, { profileId: profile.id, email });
  expect(result.ok).toBe(true);
  const mail = await db().outboxEmail.findFirstOrThrow({
    where: { to: email, template: "patient-invitation" },
    orderBy: { createdAt: "desc" },
  });
  const payload = mail.payload as { code: string; invitationUrl: string; expiresAt: string };
  return {
    profileId: profile.id,
    email,
    code: payload.code,
    secret: payload.invitationUrl.split("/invitation/")[1]!,
    expiresAt: new Date(payload.expiresAt),
  };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  staff = { id: (await createStaff({ email: uniqueEmail("staff") })).id, role: "staff" };
});

afterEach(() => setClockForTests(undefined));

describe("accepting", () => {
  it("creates the active account of the invited profile, in its language, with the terms still to accept", async () => {
    const inv = await invite();
    expect((await inspectInvitation(inv.secret))?.state).toBe("valid");
    const outcome = await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD });
    expect(outcome.ok).toBe(true);
    const account = await db().account.findUniqueOrThrow({ where: { email: inv.email } });
    expect(account).toMatchObject({
      status: "active",
      role: "patient",
      language: "fr",
      profileId: inv.profileId,
      termsAcceptedVersion: null,
    });
    expect(await verifyPassword(account.passwordHash!, PASSWORD)).toBe(true);
    expect((await inspectInvitation(inv.secret))?.state).toBe("used");
  });

  it("cannot be accepted twice", async () => {
    const inv = await invite();
    expect((await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD })).ok).toBe(
      true,
    );
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: "Another-pass-8!" }),
    ).toMatchObject({ ok: false, code: "used" });
    expect(await db().account.count({ where: { profileId: inv.profileId } })).toBe(1);
  });

  it("refuses a common password without using up the invitation (AU-3)", async () => {
    const inv = await invite();
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: "Password1!" }),
    ).toMatchObject({ ok: false, code: "commonPassword" });
    expect((await inspectInvitation(inv.secret))?.state).toBe("valid");
  });

  it("an unknown link is not found", async () => {
    expect(await acceptInvitation("no-such-link", { code: "123456", password: PASSWORD })).toEqual({
      ok: false,
      code: "notFound",
    });
  });

  it("an address that already has an account is refused when staff send: no invitation, no email", async () => {
    const taken = uniqueEmail("taken");
    await createPatient(clinicId, { email: taken, firstName: "Existing" });
    const profile = await createProfile(clinicId, { firstName: "Claire", lastName: "Bouchard" });
    expect(await sendInvitation(staff, { profileId: profile.id, email: taken })).toEqual({
      ok: false,
      code: "emailInUse",
      fields: { email: "emailInUse" },
    });
    expect(await db().invitation.count({ where: { profileId: profile.id } })).toBe(0);
    expect(await db().outboxEmail.count({ where: { to: taken } })).toBe(0);
    expect(
      await db().auditEvent.count({
        where: { subjectProfileId: profile.id, action: "invitation.send" },
      }),
    ).toBe(0);
  });

  it("an address that got an account after the invitation was sent is refused discreetly at acceptance", async () => {
    const inv = await invite();
    await createPatient(clinicId, { email: inv.email });
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD }),
    ).toMatchObject({ ok: false, code: "unavailable" });
    expect(await db().account.count({ where: { profileId: inv.profileId } })).toBe(0);
    expect((await inspectInvitation(inv.secret))?.state).toBe("valid");
  });

  it("a re-sent invitation voids the previous link", async () => {
    const inv = await invite();
    await sendInvitation(staff, { profileId: inv.profileId, email: inv.email });
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD }),
    ).toMatchObject({ ok: false, code: "revoked" });
  });
});

describe("wrong codes", () => {
  it(`are counted; the ${MAX_FAILED_CODES}th voids the invitation, even for the right code afterwards`, async () => {
    const inv = await invite();
    for (let i = 1; i < MAX_FAILED_CODES; i++) {
      expect(
        await acceptInvitation(inv.secret, { code: wrong(inv.code), password: PASSWORD }),
      ).toMatchObject({ ok: false, code: "wrongCode" });
    }
    expect(
      await acceptInvitation(inv.secret, { code: wrong(inv.code), password: PASSWORD }),
    ).toMatchObject({ ok: false, code: "void" });
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD }),
    ).toMatchObject({ ok: false, code: "void" });
    expect(
      (await db().invitation.findFirstOrThrow({ where: { profileId: inv.profileId } })).failedCodes,
    ).toBe(MAX_FAILED_CODES);
    expect(await db().account.count({ where: { profileId: inv.profileId } })).toBe(0);
  });
});

describe("expiry", () => {
  it("the code is valid for the clinic's number of days, and refused after", async () => {
    await db().clinic.update({ where: { id: clinicId }, data: { invitationValidityDays: 3 } });
    const sentAt = new Date("2026-03-01T15:00:00Z");
    setClockForTests(() => sentAt);
    const inv = await invite();
    expect(inv.expiresAt.toISOString()).toBe("2026-03-04T15:00:00.000Z");

    setClockForTests(() => new Date("2026-03-04T15:00:01Z"));
    expect((await inspectInvitation(inv.secret))?.state).toBe("expired");
    expect(
      await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD }),
    ).toMatchObject({ ok: false, code: "expired" });
    expect(await db().account.count({ where: { profileId: inv.profileId } })).toBe(0);

    setClockForTests(() => new Date("2026-03-04T14:59:00Z"));
    expect((await acceptInvitation(inv.secret, { code: inv.code, password: PASSWORD })).ok).toBe(
      true,
    );
    await db().clinic.update({ where: { id: clinicId }, data: { invitationValidityDays: 14 } });
  });
});
