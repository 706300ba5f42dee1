// The email outbox against a real database (TEST_DB=pglite|postgres): enqueue
// in the caller's transaction, delivery, retries with backoff, giving up, and
// leases (docs/decisions/0004-email-outbox.md).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { EmailEnqueueError, enqueueEmail } from "@/lib/email/outbox";
import { type EmailTransport, mailboxTransport, resendTransport } from "@/lib/email/transport";
import {
  MAX_ATTEMPTS,
  deliverDueEmails,
  retryDelayMs,
  startOutboxWorker,
} from "@/lib/email/worker";
import { logoStorageKey } from "@/lib/clinic/logo-url";
import { env } from "@/lib/env";
import { resetTables, uniqueEmail } from "../harness";
import { type FakeResend, startFakeResend } from "../../../scripts/test/fake-resend";

const token = "tok_5bd1f0c2a9e8";
const activation = (name = "Zoé Tremblay") => ({
  name,
  activationUrl: `https://portal.example.test/fr/activate?token=${token}`,
  expiresInHours: 24,
});

/** A clock safely after the rows' default nextAttemptAt (now() at insert). */
const later = (ms = 0) => new Date(Date.now() + 1_000 + ms);

/** The mailbox transport, failing its first `failures` sends. */
function flakyMailbox(failures: number): EmailTransport & { calls: number } {
  return {
    name: "flaky",
    storesInMailbox: true,
    calls: 0,
    async send(email) {
      this.calls += 1;
      if (this.calls <= failures)
        throw new Error(
          `provider unavailable while sending https://portal.example.test/x?token=${token}`,
        );
      return mailboxTransport.send(email);
    },
  };
}

/** Captures the structured warnings and errors lib/log writes (console.error). */
function captureWarnings(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: unknown) => {
    lines.push(String(line));
  });
  return lines;
}

/**
 * The next try is `delayMs` after the failure: after `now`, plus the moments
 * the batch took before the failure (the worker counts from the failure).
 */
function expectDueAfter(row: { nextAttemptAt: Date }, now: Date, delayMs: number) {
  expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + delayMs);
  expect(row.nextAttemptAt.getTime()).toBeLessThan(now.getTime() + delayMs + 2_000);
}

async function outboxRow(id: string) {
  return db().outboxEmail.findUniqueOrThrow({ where: { id } });
}

beforeEach(async () => {
  await resetTables();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("enqueueEmail", () => {
  it("writes the email in the caller's transaction: a rollback leaves nothing", async () => {
    const to = uniqueEmail("rollback");
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, {
          to,
          locale: "fr",
          template: "account-activation",
          data: activation(),
        });
        throw new Error("the change that caused the email failed");
      }),
    ).rejects.toThrow("the change that caused the email failed");
    expect(await db().outboxEmail.count()).toBe(0);

    const { id } = await db().$transaction((tx) =>
      enqueueEmail(tx, { to, locale: "fr", template: "account-activation", data: activation() }),
    );
    const row = await outboxRow(id);
    expect(row).toMatchObject({
      to,
      locale: "fr",
      template: "account-activation",
      status: "pending",
      attempts: 0,
    });
    expect(row.payload).toEqual(activation());
  });

  it("normalizes the address", async () => {
    const { id } = await enqueueEmail(db(), {
      to: "Ann.Smith@Example.TEST",
      locale: "en",
      template: "password-reset",
      data: {
        name: "Ann",
        resetUrl: "https://portal.example.test/en/reset?token=t",
        expiresInMinutes: 60,
      },
    });
    expect((await outboxRow(id)).to).toBe("ann.smith@example.test");
  });

  it("refuses a header-injection address, a bad locale and an invalid payload, writing nothing (AU-17)", async () => {
    const attempts = [
      {
        to: "ann@example.test\r\nBcc: victim@example.test",
        locale: "en",
        template: "account-activation",
        data: activation(),
      },
      {
        to: "Ann <ann@example.test>",
        locale: "en",
        template: "account-activation",
        data: activation(),
      },
      { to: "ann@example.test", locale: "de", template: "account-activation", data: activation() },
      { to: "ann@example.test", locale: "en", template: "no-such-template", data: {} },
      {
        to: "ann@example.test",
        locale: "en",
        template: "account-activation",
        data: { ...activation(), activationUrl: "javascript:alert(1)" },
      },
      {
        to: "ann@example.test",
        locale: "en",
        template: "account-activation",
        data: { ...activation(), name: "Ann\nBcc: x" },
      },
    ];
    for (const input of attempts) {
      await expect(enqueueEmail(db(), input as never)).rejects.toBeInstanceOf(EmailEnqueueError);
    }
    expect(await db().outboxEmail.count()).toBe(0);
  });
});

describe("deliverDueEmails", () => {
  it("delivers an enqueued email to the mailbox exactly once and blanks its token in the outbox", async () => {
    const to = uniqueEmail("ann");
    const { id } = await enqueueEmail(db(), {
      to,
      locale: "fr",
      template: "account-activation",
      data: activation(),
    });

    expect(
      await deliverDueEmails({ limit: 10, now: later(), transport: mailboxTransport }),
    ).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(
      await deliverDueEmails({ limit: 10, now: later(60_000), transport: mailboxTransport }),
    ).toEqual({ sent: 0, failed: 0, retried: 0 });

    const messages = await db().mailboxMessage.findMany({ where: { to } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      outboxId: id,
      subject: "Activez votre compte du portail patient",
    });
    expect(messages[0]?.text).toContain(`https://portal.example.test/fr/activate?token=${token}`);
    expect(messages[0]?.html).toContain(`lang="fr"`);

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, providerId: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row.payload)).not.toContain(token);
  });

  it("uses the clinic's name in the email", async () => {
    await db().clinic.create({
      data: {
        name: "Clinique du Parc",
        phone: "514-555-0199",
        email: "info@parc.example.test",
        addressLine: "1 rue du Parc",
        city: "Montréal",
        province: "QC",
        postalCode: "H2X 1Y1",
        timeZone: "America/Toronto",
      },
    });
    const to = uniqueEmail();
    await enqueueEmail(db(), {
      to,
      locale: "en",
      template: "account-activation",
      data: activation(),
    });
    await deliverDueEmails({ limit: 10, now: later(), transport: mailboxTransport });
    const message = await db().mailboxMessage.findFirstOrThrow({ where: { to } });
    expect(message.text).toContain("patient portal of Clinique du Parc");
    expect(message.text).toContain("514-555-0199");
  });

  it("shows the clinic's logo at its absolute address and its colour on the button", async () => {
    const sha = "b".repeat(64);
    await db().clinic.create({
      data: {
        name: "Clinique du Parc",
        phone: "514-555-0199",
        email: "info@parc.example.test",
        addressLine: "1 rue du Parc",
        city: "Montréal",
        province: "QC",
        postalCode: "H2X 1Y1",
        timeZone: "America/Toronto",
        brandColor: "#7c2d12",
        logoKey: logoStorageKey(sha),
      },
    });
    const to = uniqueEmail();
    await enqueueEmail(db(), {
      to,
      locale: "fr",
      template: "account-activation",
      data: activation(),
    });
    await deliverDueEmails({ limit: 10, now: later(), transport: mailboxTransport });
    const message = await db().mailboxMessage.findFirstOrThrow({ where: { to } });
    expect(message.html).toContain(
      `<img alt="Clinique du Parc" height="48" src="${env().APP_URL}/api/clinic/logo?v=${sha}"`,
    );
    expect(message.html).toContain("background-color:#7c2d12");
  });

  it("does not send an email before its time", async () => {
    const notBefore = new Date(Date.now() + 3_600_000);
    await enqueueEmail(db(), {
      to: uniqueEmail(),
      locale: "en",
      template: "account-activation",
      data: activation(),
      notBefore,
    });
    expect(
      (await deliverDueEmails({ limit: 10, now: later(), transport: mailboxTransport })).sent,
    ).toBe(0);
    expect(
      (
        await deliverDueEmails({
          limit: 10,
          now: new Date(notBefore.getTime() + 1),
          transport: mailboxTransport,
        })
      ).sent,
    ).toBe(1);
  });

  it("retries a failed send with exponential backoff, then sends it", async () => {
    const to = uniqueEmail();
    const { id } = await enqueueEmail(db(), {
      to,
      locale: "en",
      template: "account-activation",
      data: activation(),
    });
    const transport = flakyMailbox(2);
    const t0 = later();

    expect(await deliverDueEmails({ limit: 10, now: t0, transport })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expectDueAfter(row, t0, 30_000);
    // The error is kept, without the link (it carries a token) (AL-2).
    expect(row.lastError).toContain("provider unavailable");
    expect(row.lastError).not.toContain(token);

    // Not due yet.
    expect(
      await deliverDueEmails({ limit: 10, now: new Date(t0.getTime() + 29_000), transport }),
    ).toEqual({ sent: 0, failed: 0, retried: 0 });

    const t1 = row.nextAttemptAt;
    expect(await deliverDueEmails({ limit: 10, now: t1, transport })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    row = await outboxRow(id);
    expect(row.attempts).toBe(2);
    expectDueAfter(row, t1, 60_000);

    expect(await deliverDueEmails({ limit: 10, now: row.nextAttemptAt, transport })).toEqual({
      sent: 1,
      failed: 0,
      retried: 0,
    });
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 3 });
    expect(await db().mailboxMessage.count({ where: { outboxId: id } })).toBe(1);
    expect(transport.calls).toBe(3);
  });

  it("gives up after the maximum number of attempts, with a warning that holds no secret", async () => {
    const warnings = captureWarnings();
    const to = uniqueEmail("giveup");
    const { id } = await enqueueEmail(db(), {
      to,
      locale: "en",
      template: "account-activation",
      data: activation(),
    });
    const transport = flakyMailbox(Number.POSITIVE_INFINITY);

    let now = later();
    const totals = { sent: 0, failed: 0, retried: 0 };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await deliverDueEmails({ limit: 10, now, transport });
      totals.sent += result.sent;
      totals.failed += result.failed;
      totals.retried += result.retried;
      // Counted from the failure, a moment after `now`.
      now = new Date(now.getTime() + retryDelayMs(attempt) + 2_000);
    }
    expect(totals).toEqual({ sent: 0, failed: 1, retried: MAX_ATTEMPTS - 1 });
    expect(
      await deliverDueEmails({ limit: 10, now: new Date(now.getTime() + 86_400_000), transport }),
    ).toEqual({ sent: 0, failed: 0, retried: 0 });

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lockedUntil: null });
    expect(JSON.stringify(row.payload)).not.toContain(token);
    expect(await db().mailboxMessage.count()).toBe(0);

    expect(warnings).toHaveLength(1);
    const logged = warnings[0] ?? "";
    expect(JSON.parse(logged)).toMatchObject({
      level: "warn",
      msg: "email delivery failed for good",
      outboxId: id,
      attempts: MAX_ATTEMPTS,
    });
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(to);
  });

  it("fails at once, without retrying, an email whose stored data no longer validates", async () => {
    captureWarnings();
    const row = await db().outboxEmail.create({
      data: {
        to: uniqueEmail(),
        locale: "en",
        template: "account-activation",
        payload: { name: "Ann" },
      },
    });
    expect(
      await deliverDueEmails({ limit: 10, now: later(), transport: mailboxTransport }),
    ).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await outboxRow(row.id)).toMatchObject({ status: "failed", attempts: 1 });
    expect((await outboxRow(row.id)).lastError).toMatch(/activationUrl/);
  });

  it("reclaims a row whose worker died (expired lease), but not one still leased", async () => {
    const now = later();
    const [dead, alive] = await Promise.all(
      [-1_000, 60_000].map(async (leaseLeftMs) => {
        const { id } = await enqueueEmail(db(), {
          to: uniqueEmail(),
          locale: "en",
          template: "account-activation",
          data: activation(),
        });
        // As a worker leaves it when it crashes between claim and send.
        await db().outboxEmail.update({
          where: { id },
          data: {
            status: "sending",
            attempts: 1,
            lockedUntil: new Date(now.getTime() + leaseLeftMs),
          },
        });
        return id;
      }),
    );

    expect(await deliverDueEmails({ limit: 10, now, transport: mailboxTransport })).toEqual({
      sent: 1,
      failed: 0,
      retried: 0,
    });
    expect(await outboxRow(dead!)).toMatchObject({ status: "sent", attempts: 2 });
    expect(await outboxRow(alive!)).toMatchObject({ status: "sending", attempts: 1 });
    expect(await db().mailboxMessage.count()).toBe(1);
  });

  it("stops a worker whose lease expired mid-send from marking the row or writing a second message", async () => {
    const { id } = await enqueueEmail(db(), {
      to: uniqueEmail(),
      locale: "en",
      template: "account-activation",
      data: activation(),
    });
    const t0 = later();
    let reclaimed: Awaited<ReturnType<typeof deliverDueEmails>> | undefined;
    const slow: EmailTransport = {
      name: "slow",
      storesInMailbox: true,
      async send() {
        // While this worker is "stuck", its lease runs out and another takes the row.
        reclaimed = await deliverDueEmails({
          limit: 10,
          now: new Date(t0.getTime() + 10 * 60_000),
          transport: mailboxTransport,
        });
        return { providerId: null };
      },
    };
    const warnings = captureWarnings();

    expect(
      await deliverDueEmails({ limit: 10, now: t0, leaseMs: 60_000, transport: slow }),
    ).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(reclaimed).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(await db().mailboxMessage.count({ where: { outboxId: id } })).toBe(1);
    expect(warnings.join("")).toContain("lease lost");
  });

  it("treats Resend's { error } answer (no network) as a failure to retry, keeping no key in lastError", async () => {
    const key = "re_test_0123456789abcdefghij";
    const { id } = await enqueueEmail(db(), {
      to: uniqueEmail(),
      locale: "en",
      template: "account-activation",
      data: activation(),
    });
    const result = await deliverDueEmails({
      limit: 10,
      now: later(),
      transport: resendTransport(key, "Clinic <no-reply@portal.example.test>"),
    });
    expect(result).toEqual({ sent: 0, failed: 0, retried: 1 });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, providerId: null, sentAt: null });
    expect(row.lastError).toMatch(/^EmailTransportError: resend: /);
    expect(row.lastError).not.toContain(key);
  });
});

describe("deliverDueEmails when the provider fails (a stand-in for Resend's API)", () => {
  let provider: FakeResend;
  const key = "re_test_0123456789abcdefghij";
  const transport = () =>
    resendTransport(key, "Clinic <no-reply@portal.example.test>", {
      baseUrl: provider.url,
      timeoutMs: 300,
    });
  const enqueue = async (to = uniqueEmail()) =>
    (
      await enqueueEmail(db(), {
        to,
        locale: "en",
        template: "account-activation",
        data: activation(),
      })
    ).id;

  beforeEach(async () => {
    provider = await startFakeResend();
  });
  afterEach(async () => {
    await provider.close();
  });

  it("fails an address the provider refuses (422) at once, for staff to see, and goes on with the batch", async () => {
    const refused = uniqueEmail();
    provider.refuse(refused);
    const bad = await enqueue(refused);
    const good = await enqueue();
    expect(await deliverDueEmails({ limit: 10, now: later(), transport: transport() })).toEqual({
      sent: 1,
      failed: 1,
      retried: 0,
    });
    const row = await outboxRow(bad);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.lastError).toContain("(422)");
    // Given up: the activation link's token is no longer kept (AL-2).
    expect(JSON.stringify(row.payload)).not.toContain(token);
    expect(await outboxRow(good)).toMatchObject({ status: "sent", attempts: 1 });
    expect(provider.requests.map((r) => r.answer).sort()).toEqual([200, 422]);
  });

  it("stops the batch when the provider answers 500: the rest wait untried, then all go once", async () => {
    const ids = [await enqueue(), await enqueue(), await enqueue()];
    provider.setOutage({ status: 500 });
    const t0 = later();
    expect(await deliverDueEmails({ limit: 10, now: t0, transport: transport() })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    // One request reached the provider; the other two were put back without counting a try.
    expect(provider.requests).toHaveLength(1);
    const rows = await Promise.all(ids.map(outboxRow));
    expect(rows.map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);
    for (const row of rows) expectDueAfter(row, t0, 30_000);

    provider.setOutage(null);
    const t1 = new Date(t0.getTime() + 31_000);
    expect(await deliverDueEmails({ limit: 10, now: t1, transport: transport() })).toEqual({
      sent: 3,
      failed: 0,
      retried: 0,
    });
    expect(provider.sent).toHaveLength(3);
  });

  it("waits at least the provider's Retry-After after a 429", async () => {
    const id = await enqueue();
    provider.setOutage({ status: 429, retryAfterSeconds: 120 });
    const t0 = later();
    expect(await deliverDueEmails({ limit: 10, now: t0, transport: transport() })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    const row = await outboxRow(id);
    expect(row.lastError).toContain("rate_limit_exceeded (429)");
    // 120 s asked for, more than the 30 s backoff.
    expectDueAfter(row, t0, 120_000);
  });

  it("times out a send left unanswered, and the retry under the same key is delivered once", async () => {
    const id = await enqueue();
    // The provider takes the email but its answer never comes back.
    provider.setOutage({ hang: true, delivers: true });
    const t0 = later();
    expect(await deliverDueEmails({ limit: 10, now: t0, transport: transport() })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    const row = await outboxRow(id);
    expect(row.lastError).toContain("no answer in 300 ms");
    expect(row).toMatchObject({ status: "pending", attempts: 1 });

    provider.setOutage(null);
    expect(
      await deliverDueEmails({
        limit: 10,
        now: new Date(t0.getTime() + 31_000),
        transport: transport(),
      }),
    ).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(provider.requests.map((r) => r.key)).toEqual([id, id]);
    expect(provider.sent).toHaveLength(1);
    expect(provider.repeats).toEqual([id]);
  });
});

describe("startOutboxWorker", () => {
  it("delivers in the background and stops after its batch in flight", async () => {
    const to = uniqueEmail("background");
    await Promise.all(
      Array.from({ length: 5 }, () =>
        enqueueEmail(db(), {
          to,
          locale: "en",
          template: "password-changed",
          data: {
            name: "Ann",
            changedAt: new Date().toISOString(),
            resetUrl: "https://portal.example.test/en/forgot-password",
          },
        }),
      ),
    );
    const worker = startOutboxWorker({ intervalMs: 20, limit: 2 });
    await vi.waitFor(
      async () => expect(await db().mailboxMessage.count({ where: { to } })).toBe(5),
      { timeout: 10_000, interval: 50 },
    );
    await worker.stop();

    // Stopped: nothing left half-done, and later emails stay queued.
    expect(await db().outboxEmail.count({ where: { status: "sending" } })).toBe(0);
    const { id } = await enqueueEmail(db(), {
      to,
      locale: "en",
      template: "password-changed",
      data: {
        name: "Ann",
        changedAt: new Date().toISOString(),
        resetUrl: "https://portal.example.test/en/forgot-password",
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await outboxRow(id)).status).toBe("pending");
  });

  it("waits for the batch in flight when stopped at once", async () => {
    const to = uniqueEmail("stop");
    for (let i = 0; i < 3; i++) {
      await enqueueEmail(db(), {
        to,
        locale: "fr",
        template: "account-activation",
        data: activation(),
      });
    }
    const worker = startOutboxWorker({ intervalMs: 1_000 });
    // Let the first batch start, then stop while it runs.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop();
    expect(await db().outboxEmail.count({ where: { status: "sending" } })).toBe(0);
    // A second start after stop gives a new, working loop.
    const again = startOutboxWorker({ intervalMs: 20 });
    await vi.waitFor(
      async () => expect(await db().mailboxMessage.count({ where: { to } })).toBe(3),
      { timeout: 10_000, interval: 50 },
    );
    await again.stop();
  });
});
