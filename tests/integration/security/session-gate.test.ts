// The session gate (lib/auth/gate.ts) on a real database, with real next-auth
// sessions: a login through next-auth's handler issues the JWT cookie, and the
// gate reads it back through next-auth's getServerSession. The one stand-in is
// where that cookie comes from: outside a Next request there is no
// next/headers, so getServerSession is given the cookie explicitly (its
// pages-router form, same decoding and callbacks).
// SECURITY.md SE-3 (locked/disabled accounts), SE-5 (idle and absolute
// timeouts, with the injectable clock), AC-6 (no admin for patients).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "./next-auth-flow";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

const { getSessionAccount, requireStaff, IDLE_TIMEOUT_MS, ABSOLUTE_LIFETIME_MS } =
  await import("@/lib/auth/gate");
const { loadAdminOverview } = await import("@/lib/admin/loaders");

const PASSWORD = "Gate-test-password-2026";
const MINUTE = 60_000;
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(() => {
  setClockForTests(undefined);
  request.cookies = {};
});

/** Logs in at `at` and makes the resulting cookie the current request's. */
async function signInAt(email: string, at: Date) {
  setClockForTests(() => at);
  const { sessionCookie } = await signInWithNextAuth(email, PASSWORD);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("SE-3 an account that is no longer active has no session", () => {
  for (const status of ["locked", "disabled"] as const) {
    it(`refuses a still-valid JWT once the account is ${status}`, async () => {
      const email = uniqueEmail(status);
      const { account } = await createPatient(clinicId, { email, password: PASSWORD });
      await signInAt(email, new Date());
      expect((await getSessionAccount())?.id).toBe(account.id);

      await db().account.update({ where: { id: account.id }, data: { status } });
      expect(await getSessionAccount()).toBeNull();

      // …and logging in again is refused too.
      expect((await signInWithNextAuth(email, PASSWORD)).sessionCookie).toBeUndefined();
    });
  }

  it("refuses a JWT issued before the session version was bumped (all sessions ended)", async () => {
    const email = uniqueEmail("version");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    await signInAt(email, new Date());
    expect(await getSessionAccount()).not.toBeNull();
    await db().account.update({
      where: { id: account.id },
      data: { sessionVersion: { increment: 1 } },
    });
    expect(await getSessionAccount()).toBeNull();
  });
});

describe("SE-5 idle timeout and absolute lifetime", () => {
  it("has the documented limits", () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * MINUTE);
    expect(ABSOLUTE_LIFETIME_MS).toBe(8 * 60 * MINUTE);
  });

  it("ends a session after 30 minutes without a request", async () => {
    const email = uniqueEmail("idle");
    await createPatient(clinicId, { email, password: PASSWORD });
    const login = new Date();
    await signInAt(email, login);
    setClockForTests(() => at(login, 29 * MINUTE));
    expect(await getSessionAccount()).not.toBeNull();
    // 29 min of activity reset the idle clock: 31 min after login is fine…
    setClockForTests(() => at(login, 31 * MINUTE));
    expect(await getSessionAccount()).not.toBeNull();
    // …but not 31 min after the last request.
    setClockForTests(() => at(login, 62 * MINUTE));
    expect(await getSessionAccount()).toBeNull();
  });

  it("ends a session 8 hours after login even with a request every 20 minutes", async () => {
    const email = uniqueEmail("absolute");
    await createPatient(clinicId, { email, password: PASSWORD });
    const login = new Date();
    await signInAt(email, login);
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      setClockForTests(() => at(login, minutes * MINUTE));
      expect(await getSessionAccount(), `refused at +${minutes} min`).not.toBeNull();
    }
    setClockForTests(() => at(login, 8 * 60 * MINUTE + MINUTE));
    expect(await getSessionAccount()).toBeNull();
  });
});

describe("AC-6 staff pages answer 404 to patients, whatever the proxy does", () => {
  it("requireStaff and the admin overview loader refuse a patient with notFound", async () => {
    const email = uniqueEmail("patient-admin");
    await createPatient(clinicId, { email, password: PASSWORD });
    await signInAt(email, new Date());
    expect(await getSessionAccount()).not.toBeNull();
    for (const call of [
      () => requireStaff(),
      () => requireStaff({ admin: true }),
      () => loadAdminOverview(),
    ]) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { digest?: string } | undefined)?.digest).toMatch(
        /^NEXT_HTTP_ERROR_FALLBACK;404/,
      );
    }
  });

  it("lets staff through (so the refusal above is about the role)", async () => {
    const email = uniqueEmail("staff");
    await createStaff({ email, password: PASSWORD });
    await signInAt(email, new Date());
    expect((await requireStaff()).role).toBe("staff");
    expect(await loadAdminOverview()).toMatchObject({ patients: expect.any(Number) });
    const refused = await requireStaff({ admin: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((refused as { digest?: string } | undefined)?.digest).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });
});
