// The e2e server's movable clock (app/api/test/clock) exists only where
// TEST_CLOCK=1 is set on the embedded database: anywhere else the route is a
// 404 and the clock does not move; PostgreSQL refuses the setting at boot.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/test/clock/route";
import { now, setClockForTests } from "@/lib/clock";
import { createClinic } from "@/lib/demo/factories";
import { env, resetEnvForTests } from "@/lib/env";

const DAY = 24 * 3_600_000;
const saved = { TEST_CLOCK: process.env.TEST_CLOCK, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  await createClinic();
});

afterEach(() => {
  const envs = process.env as Record<string, string | undefined>;
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete envs[key];
    else envs[key] = value;
  }
  resetEnvForTests();
  setClockForTests(undefined);
});

function clockRequest(body: unknown, origin = "http://localhost:3000") {
  return new Request("http://localhost:3000/api/test/clock", {
    method: "POST",
    headers: { "content-type": "application/json", origin, host: "localhost:3000" },
    body: JSON.stringify(body),
  });
}

const inAWeek = () => new Date(Date.now() + 7 * DAY).toISOString();

describe("the test clock route", () => {
  it("answers 404 and leaves the clock alone without TEST_CLOCK=1", async () => {
    delete process.env.TEST_CLOCK;
    resetEnvForTests();
    const response = await POST(clockRequest({ at: inAWeek() }));
    expect(response.status).toBe(404);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("is refused at boot together with DATABASE_URL", () => {
    process.env.TEST_CLOCK = "1";
    process.env.DATABASE_URL = "postgresql://u@127.0.0.1:1/db";
    resetEnvForTests();
    expect(() => env()).toThrow(/TEST_CLOCK: is for the embedded test server only/);
  });

  // Enabled only on the embedded database, so only when the suite runs on PGlite.
  it.runIf(!saved.DATABASE_URL)(
    "with TEST_CLOCK=1 moves the clock forward and back, refusing other sites and bad input",
    async () => {
      process.env.TEST_CLOCK = "1";
      resetEnvForTests();
      const target = inAWeek();

      expect((await POST(clockRequest({ at: target }, "https://evil.example"))).status).toBe(403);
      expect((await POST(clockRequest({ at: "next tuesday" }))).status).toBe(400);
      expect((await POST(clockRequest({ at: target, extra: 1 }))).status).toBe(400);
      expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);

      const moved = await POST(clockRequest({ at: target }));
      expect(moved.status).toBe(200);
      const body = (await moved.json()) as { now: string; reminded: number };
      expect(Math.abs(new Date(body.now).getTime() - new Date(target).getTime())).toBeLessThan(
        1000,
      );
      expect(Math.abs(now().getTime() - new Date(target).getTime())).toBeLessThan(1000);

      expect((await POST(clockRequest({ at: null }))).status).toBe(200);
      expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    },
  );
});
