// Login hardening through the credentials provider's own authorize(), as
// next-auth calls it (SECURITY.md AU-4, AU-7).
//
// "Several instances" share nothing but the database: the throttle lives in
// ThrottleBucket rows, so these sequential calls see exactly what a second
// instance would see (PGlite has one connection, so two Prisma clients cannot
// be opened on it; the concurrency of the counter itself is one atomic
// INSERT … ON CONFLICT statement).
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

const PASSWORD = "Correct-horse-9";
let clinicId: string;

function authorize(email: string, password: string, headers: Record<string, string> = {}) {
  const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
  const req = {
    headers: { "x-client-ip": "192.0.2.30", "user-agent": "integration-test", ...headers },
  };
  return provider.options.authorize!({ email, password }, req as never);
}

/** What the login form gets: a user, null (the generic error) or "throttled". */
async function attempt(email: string, password: string, headers?: Record<string, string>) {
  try {
    const user = await authorize(email, password, headers);
    return user ? "ok" : "denied";
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(async () => {
  setClockForTests(undefined);
  await db().throttleBucket.deleteMany({});
});

describe("AU-7 failed logins are throttled per account", () => {
  it("after 5 failures the 6th is blocked, and even the right password is refused inside the window", async () => {
    const email = uniqueEmail("throttle");
    await createPatient(clinicId, { email, password: PASSWORD });
    for (let i = 0; i < 5; i++)
      expect(await attempt(email, `Wrong-${i}-pass`, { "x-client-ip": `198.51.100.${i}` })).toBe(
        "denied",
      );
    expect(await attempt(email, "Wrong-6-pass", { "x-client-ip": "198.51.100.6" })).toBe(
      "throttled",
    );
    // Another address, another X-Forwarded-For: the account's counter is keyed by the account, not by headers.
    expect(
      await attempt(email, PASSWORD, {
        "x-client-ip": "203.0.113.99",
        "x-forwarded-for": "1.2.3.4",
      }),
    ).toBe("throttled");
    // 15 minutes later the right password works, and clears the count.
    setClockForTests(() => new Date(Date.now() + 16 * 60_000));
    expect(await attempt(email, PASSWORD)).toBe("ok");
    expect(
      await db().throttleBucket.count({ where: { key: { startsWith: "login:account:" } } }),
    ).toBe(0);
  });

  it("a successful login clears earlier failures", async () => {
    const email = uniqueEmail("clear");
    await createPatient(clinicId, { email, password: PASSWORD });
    for (let i = 0; i < 4; i++) await attempt(email, "Wrong-pass-1");
    expect(await attempt(email, PASSWORD)).toBe("ok");
    for (let i = 0; i < 5; i++) expect(await attempt(email, "Wrong-pass-1")).toBe("denied");
  });

  it("throttles an unknown address the same way, so 'too many attempts' reveals no account", async () => {
    const email = uniqueEmail("ghost");
    for (let i = 0; i < 5; i++) expect(await attempt(email, "Wrong-pass-1")).toBe("denied");
    expect(await attempt(email, "Wrong-pass-1")).toBe("throttled");
  });

  it("throttles one client address across accounts (credential stuffing)", async () => {
    const ip = { "x-client-ip": "192.0.2.77" };
    const results: string[] = [];
    for (let i = 0; i < 51; i++)
      results.push(await attempt(uniqueEmail(`stuff${i}`), "Wrong-pass-1", ip));
    expect(results.slice(0, 50).every((r) => r === "denied")).toBe(true);
    expect(results[50]).toBe("throttled");
    const email = uniqueEmail("victim");
    await createPatient(clinicId, { email, password: PASSWORD });
    expect(await attempt(email, PASSWORD, ip)).toBe("throttled");
    expect(await attempt(email, PASSWORD, { "x-client-ip": "192.0.2.78" })).toBe("ok");
  });
});

describe("AU-4 a failed login looks the same whatever the reason", () => {
  it("answers null (the generic error) for a wrong password, an unknown email and an unactivated account", async () => {
    const active = uniqueEmail("active");
    const pending = uniqueEmail("pending");
    await createPatient(clinicId, { email: active, password: PASSWORD });
    await createPatient(clinicId, { email: pending, password: PASSWORD, status: "pending" });
    expect(await authorize(active, "Wrong-pass-1")).toBeNull();
    expect(await authorize(uniqueEmail("unknown"), PASSWORD)).toBeNull();
    expect(await authorize(pending, PASSWORD)).toBeNull();
  });

  it("takes the same time (medians within 10 ms)", { timeout: 120_000 }, async () => {
    const active = uniqueEmail("t-active");
    const pending = uniqueEmail("t-pending");
    await createPatient(clinicId, { email: active, password: PASSWORD });
    await createPatient(clinicId, { email: pending, password: PASSWORD, status: "pending" });
    const cases = {
      wrongPassword: () => authorize(active, "Wrong-pass-1"),
      unknownEmail: () => authorize(uniqueEmail("t-unknown"), PASSWORD),
      pendingAccount: () => authorize(pending, PASSWORD),
    };
    const samples: Record<keyof typeof cases, number[]> = {
      wrongPassword: [],
      unknownEmail: [],
      pendingAccount: [],
    };
    const SAMPLES = 40;
    // Interleaved, so a load spike on the shared CPU hits every case alike;
    // the throttle is reset between rounds so it never kicks in (its path
    // is deliberately different and visible).
    for (let round = -3; round < SAMPLES; round++) {
      const entries = Object.entries(cases) as [keyof typeof cases, () => Promise<unknown>][];
      // Rotated each round, so no case always runs first after the reset.
      const shift = ((round % 3) + 3) % 3;
      for (const [name, run] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
        const start = performance.now();
        expect(await run()).toBeNull();
        if (round >= 0) samples[name].push(performance.now() - start);
      }
      await db().throttleBucket.deleteMany({});
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Paired per round: on 2 cores shared with other work, load drifts far
    // more than 10 ms between rounds; the difference inside one round does not.
    const diff = (a: number[], b: number[]) => median(a.map((x, i) => x - b[i]!));
    const medians = Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]),
    );
    const gaps = [
      diff(samples.unknownEmail, samples.wrongPassword),
      diff(samples.pendingAccount, samples.wrongPassword),
      diff(samples.unknownEmail, samples.pendingAccount),
    ];
    expect(
      Math.max(...gaps.map(Math.abs)),
      `medians (ms): ${JSON.stringify(medians)}, paired gaps: ${gaps.map((g) => g.toFixed(1))}`,
    ).toBeLessThan(10);
  });
});
