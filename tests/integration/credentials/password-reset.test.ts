// Forgotten password and password change on a real database (SECURITY.md AU-5,
// AU-8, AU-9..15 for reset links, SE-7). The functions under test are the ones
// the server actions call; the actions add only the same-origin check, the
// zod parse and the one answer the visitor sees.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import {
  changePassword,
  requestPasswordReset,
  resetLinkState,
  resetPassword,
} from "@/lib/credentials/password";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/credentials/schema";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { verifyPassword } from "@/lib/auth/password";
import { issueAccountToken } from "@/lib/tokens/account-tokens";
import { hashSecret } from "@/lib/tokens/secret";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { isThrottled } from "@/lib/throttle/data";
import { describeOnPostgres, resetTables, uniqueEmail } from "../harness";

const OLD = "Old-password-2026!";
const NEW = "Brand-new-Secret-77?";
const info = { ip: "203.0.113.9", userAgent: "vitest", requestId: "req-test", pathname: "/en/x" };
let clinicId: string;

beforeAll(async () => {
  await resetTables();
  clinicId = (await createClinic()).id;
});
beforeEach(async () => {
  await db().throttleBucket.deleteMany();
});
afterEach(() => setClockForTests(undefined));

const outbox = (to: string, template?: string) =>
  db().outboxEmail.findMany({
    where: { to, ...(template ? { template } : {}) },
    orderBy: { createdAt: "asc" },
  });

/** The raw link secret, as the email carries it. */
async function resetSecretFor(email: string): Promise<string> {
  const [row] = (await outbox(email, "password-reset")).reverse();
  const url = (row!.payload as { resetUrl: string }).resetUrl;
  return url.split("/reset-password/")[1]!;
}

async function patient(status: "active" | "pending" | "locked" = "active") {
  const email = uniqueEmail("cred");
  const { account } = await createPatient(clinicId, { email, password: OLD, status });
  return { email, account };
}

describe("AU-5 forgot password: same answer, mail only for a known account, never inline", () => {
  it("queues a reset email for an active account and nothing for an unknown address", async () => {
    const known = await patient();
    const unknown = uniqueEmail("nobody");
    expect(await requestPasswordReset(known.email, info)).toBe("reset");
    expect(await requestPasswordReset(unknown, info)).toBe("none");
    const knownMail = await outbox(known.email);
    expect(knownMail.map((m) => m.template)).toEqual(["password-reset"]);
    // Queued, not sent: the worker delivers it later, outside the request.
    expect(knownMail[0]!.status).toBe("pending");
    expect(await outbox(unknown)).toHaveLength(0);
    // Both addresses were counted alike (the limit itself reveals nothing).
    expect(
      (await db().throttleBucket.findUnique({ where: { key: throttleKey.linkEmail(unknown) } }))
        ?.count,
    ).toBe(1);
    expect(
      (await db().throttleBucket.findUnique({ where: { key: throttleKey.linkEmail(known.email) } }))
        ?.count,
    ).toBe(1);
  });

  it("the form input is normalized the same way for both (case, spaces)", () => {
    expect(forgotPasswordSchema.parse({ email: "  Someone@Example.TEST " }).email).toBe(
      "someone@example.test",
    );
  });

  it("a pending account gets its activation link again; a locked one gets nothing", async () => {
    const pending = await patient("pending");
    const locked = await patient("locked");
    expect(await requestPasswordReset(pending.email, info)).toBe("activation");
    expect(await requestPasswordReset(locked.email, info)).toBe("none");
    expect((await outbox(pending.email)).map((m) => m.template)).toEqual(["account-activation"]);
    expect(await outbox(locked.email)).toHaveLength(0);
  });
});

describe("AU-8 reset emails are rate-limited per address", () => {
  it(`sends at most ${THROTTLE.linkEmailsPerAddress.limit} per hour, then again after the window`, async () => {
    const { email } = await patient();
    const start = new Date();
    setClockForTests(() => start);
    const outcomes = [];
    for (let i = 0; i < THROTTLE.linkEmailsPerAddress.limit + 2; i++)
      outcomes.push(await requestPasswordReset(email, info));
    expect(outcomes.filter((o) => o === "reset")).toHaveLength(THROTTLE.linkEmailsPerAddress.limit);
    expect(outcomes.slice(-2)).toEqual(["throttled", "throttled"]);
    expect(await outbox(email, "password-reset")).toHaveLength(THROTTLE.linkEmailsPerAddress.limit);
    setClockForTests(
      () => new Date(start.getTime() + (THROTTLE.linkEmailsPerAddress.windowSeconds + 1) * 1000),
    );
    expect(await requestPasswordReset(email, info)).toBe("reset");
  });

  it("limits an unknown address the same way, so the 'try again later' tells nothing (AU-5)", async () => {
    const unknown = uniqueEmail("nobody-here");
    const outcomes = [];
    for (let i = 0; i < THROTTLE.linkEmailsPerAddress.limit + 2; i++)
      outcomes.push(await requestPasswordReset(unknown, info));
    expect(outcomes).toEqual([
      ...Array.from({ length: THROTTLE.linkEmailsPerAddress.limit }, () => "none"),
      "throttled",
      "throttled",
    ]);
  });
});

describe("AU-9..15 reset links", () => {
  it("carry ≥128 bits and only their hash is stored", async () => {
    const { email, account } = await patient();
    await requestPasswordReset(email, info);
    const secret = await resetSecretFor(email);
    expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const tokens = await db().accountToken.findMany({ where: { accountId: account.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(tokens)).not.toContain(secret);
  });

  it("work once: set the password, end every session, void other links, tell the owner", async () => {
    const { email, account } = await patient();
    await requestPasswordReset(email, info);
    const secret = await resetSecretFor(email);
    expect(await resetLinkState(secret)).toBe("valid");
    const before = await db().account.findUniqueOrThrow({ where: { id: account.id } });

    const result = await resetPassword(secret, NEW, info);
    expect(result.ok).toBe(true);
    const after = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(after.passwordHash!, NEW)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1); // SE-7
    expect(after.passwordChangedAt!.getTime()).toBeGreaterThan(
      before.passwordChangedAt!.getTime() - 1,
    );
    expect((await outbox(email, "password-changed")).length).toBe(1);
    expect(
      await db().auditEvent.count({
        where: {
          resourceId: account.id,
          // The profile it belongs to, so the patient's Recent activity lists it.
          subjectProfileId: account.profileId,
          action: "passwordReset",
          outcome: "success",
        },
      }),
    ).toBe(1);

    expect(await resetLinkState(secret)).toBe("used");
    expect(await resetPassword(secret, "Another-one-2026!", info)).toEqual({
      ok: false,
      code: "used",
    });
    const again = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(again.passwordHash!, NEW)).toBe(true);
  });

  it("expire after 60 minutes (injectable clock)", async () => {
    const { email, account } = await patient();
    const start = new Date();
    setClockForTests(() => start);
    await requestPasswordReset(email, info);
    const secret = await resetSecretFor(email);
    setClockForTests(() => new Date(start.getTime() + 59 * 60_000));
    expect(await resetLinkState(secret)).toBe("valid");
    setClockForTests(() => new Date(start.getTime() + 61 * 60_000));
    expect(await resetLinkState(secret)).toBe("expired");
    expect(await resetPassword(secret, NEW, info)).toEqual({ ok: false, code: "expired" });
    const row = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(row.passwordHash!, OLD)).toBe(true);
  });

  it("are bound to their purpose: an activation token fails on the reset page", async () => {
    const { account } = await patient();
    const { secret } = await issueAccountToken(db(), {
      accountId: account.id,
      purpose: "activation",
    });
    expect(await resetLinkState(secret)).toBe("invalid");
    expect(await resetPassword(secret, NEW, info)).toEqual({ ok: false, code: "invalid" });
    expect(await resetLinkState("not-a-token")).toBe("invalid");
  });

  it("a newer request voids the older link", async () => {
    const { email } = await patient();
    await requestPasswordReset(email, info);
    const first = await resetSecretFor(email);
    await requestPasswordReset(email, info);
    const second = await resetSecretFor(email);
    expect(second).not.toBe(first);
    expect(await resetLinkState(first)).toBe("used");
    expect((await resetPassword(first, NEW, info)).ok).toBe(false);
    expect((await resetPassword(second, NEW, info)).ok).toBe(true);
  });

  it("refuse a common password and keep the link usable", async () => {
    const { email } = await patient();
    await requestPasswordReset(email, info);
    const secret = await resetSecretFor(email);
    expect(await resetPassword(secret, "Password1!", info)).toEqual({
      ok: false,
      code: "commonPassword",
    });
    expect(await resetLinkState(secret)).toBe("valid");
  });

  it("the form needs the policy and a matching confirmation", () => {
    expect(
      resetPasswordSchema.safeParse({ token: "t", password: "short", confirmPassword: "short" })
        .success,
    ).toBe(false);
    const mismatch = resetPasswordSchema.safeParse({
      token: "t",
      password: NEW,
      confirmPassword: NEW + "x",
    });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.message).toBe("mismatch");
  });
});

describeOnPostgres("AU-11 two concurrent uses of one reset link make one change", () => {
  it("one succeeds, the other is refused as used", async () => {
    const { email, account } = await patient();
    await requestPasswordReset(email, info);
    const secret = await resetSecretFor(email);
    const before = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    const results = await Promise.all([
      resetPassword(secret, NEW, info),
      resetPassword(secret, "Second-Secret-88?", info),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "used" }]);
    const after = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await outbox(email, "password-changed")).toHaveLength(1);
  });
});

describe("SE-7 changing the password from the dashboard", () => {
  it("needs the current password; a wrong one changes nothing and counts as a login failure", async () => {
    const { account } = await patient();
    const result = await changePassword(
      account.id,
      { currentPassword: "Not-it-2026!", password: NEW },
      info,
    );
    expect(result).toEqual({ ok: false, code: "wrongPassword" });
    const row = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(row.passwordHash!, OLD)).toBe(true);
    expect(row.sessionVersion).toBe(account.sessionVersion);
    expect(
      (
        await db().throttleBucket.findUnique({
          where: { key: throttleKey.loginAccount(account.id) },
        })
      )?.count,
    ).toBe(1);
  });

  it("cannot be used to guess the password: after the limit even the right one waits", async () => {
    const { account } = await patient();
    for (let i = 0; i < THROTTLE.loginFailuresPerAccount.limit; i++) {
      await changePassword(
        account.id,
        { currentPassword: `Wrong-${i}-2026!`, password: NEW },
        info,
      );
    }
    expect(
      await changePassword(account.id, { currentPassword: "Wrong-x-2026!", password: NEW }, info),
    ).toEqual({ ok: false, code: "throttled" });
    expect((await isThrottled(throttleKey.loginAccount(account.id))).blocked).toBe(true);
    expect(await changePassword(account.id, { currentPassword: OLD, password: NEW }, info)).toEqual(
      { ok: false, code: "throttled" },
    );
  });

  it("sets the new password, bumps the session version (other sessions end), voids reset links, tells the owner", async () => {
    const { email, account } = await patient();
    await requestPasswordReset(email, info);
    const resetLink = await resetSecretFor(email);
    const result = await changePassword(account.id, { currentPassword: OLD, password: NEW }, info);
    expect(result.ok).toBe(true);
    const row = await db().account.findUniqueOrThrow({ where: { id: account.id } });
    expect(result.ok && result.data.sessionVersion).toBe(account.sessionVersion + 1);
    expect(row.sessionVersion).toBe(account.sessionVersion + 1);
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(await resetLinkState(resetLink)).toBe("used");
    expect(await outbox(email, "password-changed")).toHaveLength(1);
    expect(
      await db().auditEvent.count({
        where: {
          resourceId: account.id,
          // The profile it belongs to, so the patient's Recent activity lists it.
          subjectProfileId: account.profileId,
          action: "passwordChange",
          outcome: "success",
        },
      }),
    ).toBe(1);
  });

  it("refuses the same password and a common one", async () => {
    const { account } = await patient();
    expect(await changePassword(account.id, { currentPassword: OLD, password: OLD }, info)).toEqual(
      { ok: false, code: "samePassword" },
    );
    expect(
      await changePassword(account.id, { currentPassword: OLD, password: "Password1!" }, info),
    ).toEqual({ ok: false, code: "commonPassword" });
  });
});
