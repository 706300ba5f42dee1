// Changing the login email on a real database (SECURITY.md AU-16, AU-9..15 for
// email-change tokens, SE-7): current password, a code to the old address, a
// link to the new one, and the change only once both meet.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import {
  confirmEmailChange,
  emailChangeLinkState,
  requestEmailChange,
} from "@/lib/credentials/email-change";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { issueAccountToken } from "@/lib/tokens/account-tokens";
import { hashSecret } from "@/lib/tokens/secret";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { describeOnPostgres, resetTables, uniqueEmail } from "../harness";

const PASSWORD = "Email-change-2026!";
const info = { ip: "203.0.113.7", userAgent: "vitest", requestId: "req-email", pathname: "/en/x" };
let clinicId: string;

beforeAll(async () => {
  await resetTables();
  clinicId = (await createClinic()).id;
});
beforeEach(async () => {
  await db().throttleBucket.deleteMany();
});
afterEach(() => setClockForTests(undefined));

const outbox = (to: string, template: string) =>
  db().outboxEmail.findMany({ where: { to, template }, orderBy: { createdAt: "desc" } });

async function patient() {
  const email = uniqueEmail("old");
  const { account } = await createPatient(clinicId, { email, password: PASSWORD });
  return { email, account };
}

/** Asks for a change and reads what the two emails carry: the code (old address) and the link secret (new address). */
async function ask(accountId: string, oldEmail: string, newEmail: string) {
  const result = await requestEmailChange(
    accountId,
    { currentPassword: PASSWORD, email: newEmail },
    info,
  );
  expect(result).toEqual({ ok: true });
  const [codeMail] = await outbox(oldEmail, "email-change-code");
  const [linkMail] = await outbox(newEmail, "email-change-link");
  const code = (codeMail!.payload as { code: string }).code;
  const token = (linkMail!.payload as { confirmUrl: string }).confirmUrl.split(
    "/account/email/confirm/",
  )[1]!;
  return { code, token };
}

const emailOf = async (id: string) =>
  (await db().account.findUniqueOrThrow({ where: { id } })).email;

describe("AU-16 the email changes only after confirmation", () => {
  it("needs the current password: a wrong one sends nothing and counts as a login failure", async () => {
    const { email, account } = await patient();
    const newEmail = uniqueEmail("new");
    expect(
      await requestEmailChange(
        account.id,
        { currentPassword: "Wrong-pass-2026!", email: newEmail },
        info,
      ),
    ).toEqual({
      ok: false,
      code: "wrongPassword",
    });
    expect(await outbox(email, "email-change-code")).toHaveLength(0);
    expect(await outbox(newEmail, "email-change-link")).toHaveLength(0);
    expect(
      (
        await db().throttleBucket.findUnique({
          where: { key: throttleKey.loginAccount(account.id) },
        })
      )?.count,
    ).toBe(1);
  });

  it("refuses an address another account uses, without saying more; and the account's own address", async () => {
    const { account } = await patient();
    const other = await patient();
    expect(
      await requestEmailChange(account.id, { currentPassword: PASSWORD, email: other.email }, info),
    ).toEqual({
      ok: false,
      code: "emailUnavailable",
    });
    expect(await outbox(other.email, "email-change-link")).toHaveLength(0);
    expect(
      await requestEmailChange(
        account.id,
        { currentPassword: PASSWORD, email: await emailOf(account.id) },
        info,
      ),
    ).toEqual({
      ok: false,
      code: "sameEmail",
    });
  });

  it("the request changes nothing; the right code on the link changes the email, ends sessions and tells both addresses", async () => {
    const { email, account } = await patient();
    const newEmail = uniqueEmail("new");
    const { code, token } = await ask(account.id, email, newEmail);
    expect(code).toMatch(/^\d{6}$/);
    expect(await emailOf(account.id)).toBe(email);
    expect(await emailChangeLinkState(account.id, token)).toEqual({ state: "valid", newEmail });

    const result = await confirmEmailChange(account.id, { token, code }, info);
    expect(result).toEqual({
      ok: true,
      data: { newEmail, sessionVersion: account.sessionVersion + 1 },
    });
    const row = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.email).toBe(newEmail);
    expect(row.sessionVersion).toBe(account.sessionVersion + 1);
    expect(await outbox(email, "email-changed")).toHaveLength(1);
    expect(await outbox(newEmail, "email-changed")).toHaveLength(1);
    expect(
      await db().auditEvent.count({
        where: {
          resourceId: account.id,
          // The profile it belongs to, so the patient's Recent activity lists it.
          subjectProfileId: account.profileId,
          action: "emailChangeConfirm",
          outcome: "success",
        },
      }),
    ).toBe(1);
    // Single use.
    expect(await confirmEmailChange(account.id, { token, code }, info)).toEqual({
      ok: false,
      code: "used",
    });
  });

  it("a staff member's link opens the staff side (/admin/account/email/confirm), a patient's the portal's; both confirm alike", async () => {
    const email = uniqueEmail("staff-old");
    const staff = await createStaff({ email, password: PASSWORD, language: "fr" });
    const newEmail = uniqueEmail("staff-new");
    expect(
      await requestEmailChange(staff.id, { currentPassword: PASSWORD, email: newEmail }, info),
    ).toEqual({ ok: true });
    const [linkMail] = await outbox(newEmail, "email-change-link");
    const url = new URL((linkMail!.payload as { confirmUrl: string }).confirmUrl);
    expect(url.pathname).toMatch(/^\/fr\/admin\/account\/email\/confirm\/[A-Za-z0-9_-]{43}$/);
    const [codeMail] = await outbox(email, "email-change-code");
    const code = (codeMail!.payload as { code: string }).code;
    const token = url.pathname.split("/").at(-1)!;
    expect(await confirmEmailChange(staff.id, { token, code }, info)).toMatchObject({
      ok: true,
      data: { newEmail },
    });
    expect(await emailOf(staff.id)).toBe(newEmail);

    const { email: patientEmail, account } = await patient();
    await ask(account.id, patientEmail, uniqueEmail("patient-new"));
    const [patientLink] = await db().outboxEmail.findMany({
      where: { template: "email-change-link" },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    expect(new URL((patientLink!.payload as { confirmUrl: string }).confirmUrl).pathname).toMatch(
      /^\/en\/account\/email\/confirm\//,
    );
  });

  it("a link works only for the account that asked", async () => {
    const { email, account } = await patient();
    const intruder = await patient();
    const { code, token } = await ask(account.id, email, uniqueEmail("new"));
    expect((await emailChangeLinkState(intruder.account.id, token)).state).toBe("invalid");
    expect(await confirmEmailChange(intruder.account.id, { token, code }, info)).toEqual({
      ok: false,
      code: "invalid",
    });
    expect(await emailOf(account.id)).toBe(email);
    expect(await emailOf(intruder.account.id)).toBe(intruder.email);
  });

  it(`wrong codes are limited: the ${THROTTLE.codeAttempts.limit}th voids the request`, async () => {
    const { email, account } = await patient();
    const { code, token } = await ask(account.id, email, uniqueEmail("new"));
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i < THROTTLE.codeAttempts.limit; i++) {
      expect(await confirmEmailChange(account.id, { token, code: wrong }, info)).toEqual({
        ok: false,
        code: "wrongCode",
      });
    }
    expect(await confirmEmailChange(account.id, { token, code: wrong }, info)).toEqual({
      ok: false,
      code: "codeLocked",
    });
    expect(await confirmEmailChange(account.id, { token, code }, info)).toEqual({
      ok: false,
      code: "used",
    });
    expect(await emailOf(account.id)).toBe(email);
  });

  it("checks the address again at confirmation: taken meanwhile → refused, nothing changes", async () => {
    const { email, account } = await patient();
    const newEmail = uniqueEmail("race");
    const { code, token } = await ask(account.id, email, newEmail);
    await createPatient(clinicId, { email: newEmail, password: PASSWORD });
    expect(await confirmEmailChange(account.id, { token, code }, info)).toEqual({
      ok: false,
      code: "emailUnavailable",
    });
    expect(await emailOf(account.id)).toBe(email);
  });
});

describe("AU-9..15 email-change tokens", () => {
  it("≥128-bit link secret; only hashes stored (the link's and the code's)", async () => {
    const { email, account } = await patient();
    const { code, token } = await ask(account.id, email, uniqueEmail("new"));
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const [row] = await db().accountToken.findMany({
      where: { accountId: account.id, purpose: "emailChange" },
    });
    expect(row!.tokenHash).toBe(hashSecret(token));
    expect(row!.data).toMatchObject({ codeHash: hashSecret(code) });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row!.data)).not.toContain(`"${code}"`);
  });

  it("expire after 60 minutes", async () => {
    const { email, account } = await patient();
    const start = new Date();
    setClockForTests(() => start);
    const { code, token } = await ask(account.id, email, uniqueEmail("new"));
    setClockForTests(() => new Date(start.getTime() + 61 * 60_000));
    expect((await emailChangeLinkState(account.id, token)).state).toBe("expired");
    expect(await confirmEmailChange(account.id, { token, code }, info)).toEqual({
      ok: false,
      code: "expired",
    });
    expect(await emailOf(account.id)).toBe(email);
  });

  it("are bound to their purpose: a reset token is no email-change link", async () => {
    const { account } = await patient();
    const { secret } = await issueAccountToken(db(), {
      accountId: account.id,
      purpose: "passwordReset",
    });
    expect((await emailChangeLinkState(account.id, secret)).state).toBe("invalid");
    expect(await confirmEmailChange(account.id, { token: secret, code: "123456" }, info)).toEqual({
      ok: false,
      code: "invalid",
    });
  });

  it("a new request voids the older one", async () => {
    const { email, account } = await patient();
    const first = await ask(account.id, email, uniqueEmail("first"));
    const secondEmail = uniqueEmail("second");
    const second = await ask(account.id, email, secondEmail);
    expect((await emailChangeLinkState(account.id, first.token)).state).toBe("used");
    expect(await confirmEmailChange(account.id, first, info)).toEqual({
      ok: false,
      code: "used",
    });
    expect((await confirmEmailChange(account.id, second, info)).ok).toBe(true);
    expect(await emailOf(account.id)).toBe(secondEmail);
  });
});

describeOnPostgres("AU-11 two concurrent confirmations make one change", () => {
  it("one succeeds, the other is refused", async () => {
    const { email, account } = await patient();
    const newEmail = uniqueEmail("new");
    const { code, token } = await ask(account.id, email, newEmail);
    const results = await Promise.all([
      confirmEmailChange(account.id, { token, code }, info),
      confirmEmailChange(account.id, { token, code }, info),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await emailOf(account.id)).toBe(newEmail);
    expect(
      (await db().account.findUniqueOrThrow({ where: { id: account.id } })).sessionVersion,
    ).toBe(account.sessionVersion + 1);
    expect(await outbox(newEmail, "email-changed")).toHaveLength(1);
  });
});
