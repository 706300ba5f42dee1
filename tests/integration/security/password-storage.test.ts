// How passwords are stored and checked, through the app's own login path
// (SECURITY.md AU-1, AU-2): argon2id at OWASP's minimum or stronger, salted,
// weaker hashes upgraded at login, and no length truncation (bcrypt's 72 bytes).
import { hash as argon2Hash } from "@node-rs/argon2";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "./next-auth-flow";

const ARGON2ID = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

function params(stored: string) {
  const m = ARGON2ID.exec(stored);
  expect(m, `not an argon2id hash: ${stored.slice(0, 30)}`).not.toBeNull();
  return { m: Number(m![1]), t: Number(m![2]), p: Number(m![3]) };
}

async function storedHash(accountId: string) {
  const row = await db().account.findUniqueOrThrow({
    where: { id: accountId },
    select: { passwordHash: true },
  });
  return row.passwordHash ?? "";
}

/** The credentials provider's own authorize(), as next-auth calls it. */
function authorize(email: string, password: string) {
  const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
  const req = { headers: { "x-client-ip": "192.0.2.20", "user-agent": "integration-test" } };
  return provider.options.authorize!({ email, password }, req as never);
}

describe("AU-1 argon2id storage", () => {
  it("stores argon2id with m ≥ 19456 KiB and t ≥ 2, salted (same password → different hashes)", async () => {
    const password = "Same-password-2026!";
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    expect(params(first).m).toBeGreaterThanOrEqual(19456);
    expect(params(first).t).toBeGreaterThanOrEqual(2);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, password)).toBe(true);
    expect(await verifyPassword(second, password)).toBe(true);

    // And what an account actually has in the database.
    const { account } = await createPatient(clinicId, { email: uniqueEmail("stored"), password });
    const stored = await storedHash(account.id);
    expect(stored).not.toContain(password);
    expect(params(stored).m).toBeGreaterThanOrEqual(19456);
    expect(params(stored).t).toBeGreaterThanOrEqual(2);
  });

  it("upgrades a weaker argon2id hash (m=4096, t=1) at a successful login, and not at a failed one", async () => {
    const email = uniqueEmail("weak");
    const password = "Weak-hash-upgrade-2026";
    const { account } = await createPatient(clinicId, { email, password });
    const weak = await argon2Hash(password, {
      algorithm: 2,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await db().account.update({ where: { id: account.id }, data: { passwordHash: weak } });

    expect(await authorize(email, "Not-the-password-2026")).toBeNull();
    expect(await storedHash(account.id)).toBe(weak);

    const user = await authorize(email, password);
    expect(user).toMatchObject({ id: account.id });
    const upgraded = await storedHash(account.id);
    expect(upgraded).not.toBe(weak);
    expect(params(upgraded).m).toBeGreaterThanOrEqual(19456);
    expect(params(upgraded).t).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(upgraded, password)).toBe(true);
  });
});

describe("AU-2 long and Unicode passwords, no truncation", () => {
  it("accepts a 200-character password end to end through next-auth, and refuses it changed at character 150", async () => {
    const password = `${"Long-passphrase-".repeat(13)}abcdefghijklmnopqrstuvwxyz`.slice(0, 200);
    expect(password).toHaveLength(200);
    const email = uniqueEmail("long");
    await createPatient(clinicId, { email, password });
    expect((await signInWithNextAuth(email, password)).sessionCookie).toBeDefined();
    const changed = `${password.slice(0, 150)}X${password.slice(151)}`;
    expect((await signInWithNextAuth(email, changed)).sessionCookie).toBeUndefined();
  });

  it("accepts a Unicode password, typed composed or decomposed", async () => {
    const password = "Mot-de-passe-été-🔑-2026";
    const email = uniqueEmail("unicode");
    await createPatient(clinicId, { email, password });
    expect((await signInWithNextAuth(email, password)).sessionCookie).toBeDefined();
    // "é" as e + combining accent (what some keyboards send): the same password.
    expect(
      (await signInWithNextAuth(email, password.normalize("NFD"))).sessionCookie,
    ).toBeDefined();
    expect(
      (await signInWithNextAuth(email, "Mot-de-passe-ete-🔑-2026")).sessionCookie,
    ).toBeUndefined();
  });

  it("refuses a password that differs from the real one only after byte 72", async () => {
    const prefix = "P".repeat(72);
    const email = uniqueEmail("bcrypt");
    await createPatient(clinicId, { email, password: `${prefix}-the-real-ending` });
    expect(Buffer.byteLength(prefix)).toBe(72);
    expect(
      (await signInWithNextAuth(email, `${prefix}-another-ending`)).sessionCookie,
    ).toBeUndefined();
    expect((await signInWithNextAuth(email, prefix)).sessionCookie).toBeUndefined();
    expect(
      (await signInWithNextAuth(email, `${prefix}-the-real-ending`)).sessionCookie,
    ).toBeDefined();
  });
});
