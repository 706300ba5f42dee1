// Self-registration, activation and terms against a real database
// (SECURITY.md AU-3, AU-6, AU-8, AU-9..15; PRODUCT: age of consent, the
// clinic's mandatory fields).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic } from "@/lib/demo/factories";
import {
  acceptTerms,
  activateAccount,
  registerPatient,
  resendActivation,
} from "@/lib/registration/mutations";
import { consumeAccountToken } from "@/lib/tokens/account-tokens";
import { resetTables, uniqueEmail } from "../harness";

const ctx = { ip: "192.0.2.10", userAgent: "integration-test", requestId: "test" };
let clinicId: string;

function form(email: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    email,
    emailConfirm: email,
    password: "Correct-horse-9",
    passwordConfirm: "Correct-horse-9",
    firstName: "Pat",
    lastName: "Tremblay",
    dateOfBirth: "1990-02-03",
    sex: "female",
    primaryPhone: "514 555 0123",
    primaryPhoneType: "mobile",
    secondaryPhone: "(438) 555-0199",
    secondaryPhoneType: "home",
    addressLine: "10 Rue Example",
    city: "Montréal",
    province: "QC",
    postalCode: "h2x1y4",
    language: "fr",
    ...overrides,
  };
}

const outbox = (to: string, template?: string) =>
  db().outboxEmail.findMany({
    where: { to, ...(template ? { template } : {}) },
    orderBy: { createdAt: "asc" },
  });

/** The raw token of the newest activation email to `to` (as the recipient would click it). */
async function activationSecret(to: string): Promise<string> {
  const emails = await outbox(to, "account-activation");
  const url = (emails.at(-1)?.payload as { activationUrl: string }).activationUrl;
  return url.split("/activate/")[1]!;
}

beforeAll(async () => {
  await resetTables();
  clinicId = (await createClinic({ province: "QC" })).id;
});

beforeEach(async () => {
  await db().clinic.update({
    where: { id: clinicId },
    data: {
      province: "QC",
      ageOfConsentOverride: null,
      mandatoryRegistrationFields: ["secondaryPhone"],
    },
  });
});

afterEach(() => setClockForTests(undefined));

describe("a new registration", () => {
  it("creates a pending account and its profile in one go, and queues the activation email", async () => {
    const email = uniqueEmail("new");
    expect(await registerPatient(form(email.toUpperCase()), ctx)).toEqual({ ok: true });
    const account = await db().account.findUniqueOrThrow({
      where: { email },
      include: { profile: true },
    });
    expect(account).toMatchObject({ status: "pending", role: "patient", language: "fr" });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account.profile).toMatchObject({
      clinicId,
      firstName: "Pat",
      primaryPhone: "(514) 555-0123",
      secondaryPhone: "(438) 555-0199",
      postalCode: "H2X 1Y4",
      language: "fr",
    });
    const [mail] = await outbox(email, "account-activation");
    expect(mail?.locale).toBe("fr");
    const audit = await db().auditEvent.findFirst({
      where: { actorAccountId: account.id, action: "register" },
    });
    expect(audit?.outcome).toBe("success");
  });
});

describe("age of consent for care in the clinic's province", () => {
  const bornYearsAgo = (years: number, extraDays = 0) => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() + extraDays);
    return d.toISOString().slice(0, 10);
  };

  it("Québec: refuses 13, accepts 14", async () => {
    const young = uniqueEmail("qc13");
    expect(await registerPatient(form(young, { dateOfBirth: bornYearsAgo(14, 2) }), ctx)).toEqual({
      ok: false,
      code: "invalid",
      fields: { dateOfBirth: "underAge" },
    });
    expect(await db().account.count({ where: { email: young } })).toBe(0);
    expect(
      await registerPatient(form(uniqueEmail("qc14"), { dateOfBirth: bornYearsAgo(14, -2) }), ctx),
    ).toEqual({ ok: true });
  });

  it("Ontario (16 by default): refuses 15", async () => {
    await db().clinic.update({ where: { id: clinicId }, data: { province: "ON" } });
    const result = await registerPatient(
      form(uniqueEmail("on15"), { dateOfBirth: bornYearsAgo(15, -2) }),
      ctx,
    );
    expect(result).toMatchObject({ ok: false, fields: { dateOfBirth: "underAge" } });
  });

  it("the clinic's override wins over the province", async () => {
    await db().clinic.update({ where: { id: clinicId }, data: { ageOfConsentOverride: 18 } });
    expect(
      await registerPatient(form(uniqueEmail("o17"), { dateOfBirth: bornYearsAgo(17, -2) }), ctx),
    ).toMatchObject({ ok: false, fields: { dateOfBirth: "underAge" } });
    expect(
      await registerPatient(form(uniqueEmail("o18"), { dateOfBirth: bornYearsAgo(18, -2) }), ctx),
    ).toEqual({ ok: true });
  });
});

describe("mandatory fields come from the clinic's settings", () => {
  it("requires the secondary phone by default, and the address once the clinic asks for it", async () => {
    expect(
      await registerPatient(form(uniqueEmail("m1"), { secondaryPhone: "" }), ctx),
    ).toMatchObject({ ok: false, fields: { secondaryPhone: "required" } });
    await db().clinic.update({
      where: { id: clinicId },
      data: { mandatoryRegistrationFields: ["address"] },
    });
    expect(await registerPatient(form(uniqueEmail("m2"), { secondaryPhone: "" }), ctx)).toEqual({
      ok: true,
    });
    const result = await registerPatient(
      form(uniqueEmail("m3"), { city: "", postalCode: "" }),
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      fields: { city: "required", postalCode: "required" },
    });
  });

  it("always requires the names and the date of birth", async () => {
    await db().clinic.update({
      where: { id: clinicId },
      data: { mandatoryRegistrationFields: [] },
    });
    const result = await registerPatient(
      form(uniqueEmail("m4"), { firstName: "", lastName: "", dateOfBirth: "" }),
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      fields: { firstName: "required", lastName: "required", dateOfBirth: "required" },
    });
  });
});

describe("AU-3 common passwords", () => {
  it("refuses a listed password, dressed up or built on the email", async () => {
    const email = uniqueEmail("jtremblay");
    for (const password of ["Password1!", "Qwerty123!", `${email.split("@")[0]}A1!`]) {
      expect(
        await registerPatient(form(email, { password, passwordConfirm: password }), ctx),
      ).toEqual({ ok: false, code: "invalid", fields: { password: "commonPassword" } });
    }
    expect(await db().account.count({ where: { email } })).toBe(0);
  });
});

describe("AU-6 one account per email", () => {
  it("answers a taken address like a new one, creates nothing, and tells the owner", async () => {
    const email = uniqueEmail("taken");
    const first = await registerPatient(form(email), ctx);
    const second = await registerPatient(
      form(email, {
        firstName: "Mallory",
        password: "Other-horse-77",
        passwordConfirm: "Other-horse-77",
      }),
      ctx,
    );
    expect(second).toEqual(first);
    expect(await db().account.count({ where: { email } })).toBe(1);
    expect(await db().patientProfile.count({ where: { firstName: "Mallory" } })).toBe(0);
    const warning = await outbox(email, "existing-account");
    expect(warning).toHaveLength(1);
    expect(warning[0]!.payload).toMatchObject({
      name: "Pat",
      activateUrl: expect.stringContaining("/fr/activate"),
    });
    // Only one activation email: the second attempt issued no token.
    expect(await outbox(email, "account-activation")).toHaveLength(1);
  });
});

describe("activation links", () => {
  it("activate once, then say the link was used", async () => {
    const email = uniqueEmail("act");
    await registerPatient(form(email), ctx);
    const secret = await activationSecret(email);
    expect(await activateAccount(secret, ctx)).toEqual({ ok: true });
    expect((await db().account.findUniqueOrThrow({ where: { email } })).status).toBe("active");
    expect(await activateAccount(secret, ctx)).toEqual({ ok: false, code: "used" });
  });

  it("expire after 72 hours", async () => {
    const email = uniqueEmail("exp");
    await registerPatient(form(email), ctx);
    const secret = await activationSecret(email);
    setClockForTests(() => new Date(Date.now() + 73 * 3600_000));
    expect(await activateAccount(secret, ctx)).toEqual({ ok: false, code: "expired" });
    expect((await db().account.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
  });

  it("are bound to their purpose: an activation token is not a reset token", async () => {
    const email = uniqueEmail("purpose");
    await registerPatient(form(email), ctx);
    const secret = await activationSecret(email);
    expect(await consumeAccountToken(db(), secret, "passwordReset")).toEqual({
      ok: false,
      code: "invalid",
    });
    expect(await activateAccount("not-a-real-token", ctx)).toEqual({
      ok: false,
      code: "invalid",
    });
    // The failed attempt did not use it up.
    expect(await activateAccount(secret, ctx)).toEqual({ ok: true });
  });

  it("a new link voids the older ones", async () => {
    const email = uniqueEmail("resend");
    await registerPatient(form(email), ctx);
    const old = await activationSecret(email);
    await resendActivation(email, ctx);
    const fresh = await activationSecret(email);
    expect(fresh).not.toBe(old);
    expect(await activateAccount(old, ctx)).toEqual({ ok: false, code: "used" });
    expect(await activateAccount(fresh, ctx)).toEqual({ ok: true });
  });

  it("'send me a new link' sends nothing for unknown or already active addresses", async () => {
    const unknown = uniqueEmail("nobody");
    await resendActivation(unknown, ctx);
    expect(await outbox(unknown)).toHaveLength(0);
  });
});

describe("AU-8 link emails are rate-limited per address", () => {
  it("sends at most 3 link emails an hour to one address, whatever the mix of requests", async () => {
    const email = uniqueEmail("rate");
    await registerPatient(form(email), ctx);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await resendActivation(email, ctx));
    // The registration was the first email: two more, then "try again later".
    expect(answers).toEqual(["done", "done", "emailLimit", "emailLimit", "emailLimit"]);
    expect(await outbox(email, "account-activation")).toHaveLength(3);
    // An hour later the address may receive one again.
    setClockForTests(() => new Date(Date.now() + 61 * 60_000));
    expect(await resendActivation(email, ctx)).toBe("done");
    expect(await outbox(email, "account-activation")).toHaveLength(4);
  });

  it("answers a taken and a free address alike past the limit: 'try again later', nothing sent", async () => {
    const taken = uniqueEmail("taken");
    await registerPatient(form(taken), ctx);
    const free = uniqueEmail("free");
    const answers = { taken: [] as unknown[], free: [] as unknown[] };
    for (let i = 0; i < 3; i++) {
      answers.taken.push(await registerPatient(form(taken), ctx));
      answers.free.push(await registerPatient(form(free), ctx));
    }
    // The taken address had its registration email already: one fewer left.
    expect(answers.taken).toEqual([{ ok: true }, { ok: true }, { ok: false, code: "emailLimit" }]);
    expect(answers.free.slice(1)).toEqual([{ ok: true }, { ok: true }]);
    expect(await registerPatient(form(free), ctx)).toEqual({ ok: false, code: "emailLimit" });
    expect(await resendActivation(taken, ctx)).toBe("emailLimit");
    expect(await outbox(taken)).toHaveLength(3);
  });
});

describe("terms", () => {
  it("records the accepted version and time, and refuses a stale version", async () => {
    const email = uniqueEmail("terms");
    await registerPatient(form(email), ctx);
    const { id } = await db().account.findUniqueOrThrow({ where: { email } });
    await db().clinic.update({ where: { id: clinicId }, data: { termsVersion: 3 } });
    expect(await acceptTerms(id, 2, ctx)).toBe(false);
    expect(await acceptTerms(id, 3, ctx)).toBe(true);
    const account = await db().account.findUniqueOrThrow({ where: { id } });
    expect(account.termsAcceptedVersion).toBe(3);
    expect(account.termsAcceptedAt).toBeInstanceOf(Date);
    expect(
      await db().auditEvent.count({ where: { actorAccountId: id, action: "acceptTerms" } }),
    ).toBe(1);
  });
});
