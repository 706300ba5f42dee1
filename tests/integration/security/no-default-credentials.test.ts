// SECURITY.md AU-20: no default credentials. A freshly migrated database has no
// account at all, and the demo clinic (with its published passwords, listed
// on the login page) exists only in embedded mode unless DEMO=0.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env, resetEnvForTests } from "@/lib/env";

const KEYS = [
  "DATABASE_URL",
  "DEMO",
  "NEXTAUTH_SECRET",
  "PGLITE_DIR",
  "NODE_ENV",
  "EMAIL_TRANSPORT",
  "RESEND_API_KEY",
  "TRUSTED_PROXY_HOPS",
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

afterEach(() => {
  const envs = process.env as Record<string, string | undefined>;
  for (const key of KEYS) {
    if (saved[key] === undefined) delete envs[key];
    else envs[key] = saved[key];
  }
  resetEnvForTests();
});

function demoWith(vars: Partial<Record<(typeof KEYS)[number], string | undefined>>): boolean {
  const envs = process.env as Record<string, string | undefined>;
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete envs[key];
    else envs[key] = value;
  }
  // Never let env() write an auth-secret file for these probes.
  process.env.NEXTAUTH_SECRET ??= "x".repeat(32);
  process.env.PGLITE_DIR = "memory://probe";
  resetEnvForTests();
  return env().demo;
}

describe("AU-20 no default credentials", () => {
  it("a freshly migrated database has zero accounts, invitations and tokens", async () => {
    expect(await db().account.count()).toBe(0);
    expect(await db().invitation.count()).toBe(0);
    expect(await db().accountToken.count()).toBe(0);
  });

  it("the demo (seed and the login page's demo accounts) is on only for the embedded database without DEMO=0", () => {
    expect(demoWith({ DATABASE_URL: undefined, DEMO: undefined })).toBe(true);
    expect(demoWith({ DATABASE_URL: undefined, DEMO: "0" })).toBe(false);
    // PostgreSQL: never, even if someone sets DEMO=1, in production or not.
    expect(demoWith({ DATABASE_URL: "postgresql://u@127.0.0.1:1/db", DEMO: "1" })).toBe(false);
    expect(
      demoWith({
        DATABASE_URL: "postgresql://u@127.0.0.1:1/db",
        DEMO: undefined,
        NODE_ENV: "production",
        RESEND_API_KEY: "re_test",
        TRUSTED_PROXY_HOPS: "1",
      }),
    ).toBe(false);
  });
});
