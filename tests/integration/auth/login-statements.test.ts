// The login's two hand-written statements (lib/auth/data.ts, run through
// sql() without Prisma) read and write the same values Prisma does: times in
// UTC whatever the process's zone, to the millisecond, on both databases.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { findLoginState, recordLoginSuccess } from "@/lib/auth/data";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { throttleKey } from "@/lib/throttle/rules";
import { uniqueEmail } from "../harness";

const zone = process.env.TZ;
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(() => {
  setClockForTests(undefined);
  process.env.TZ = zone;
});

const keys = (email: string, ip: string) => ({
  accountKeyPrefix: throttleKey.loginAccount(""),
  unknownAccountKey: throttleKey.loginAccount(`unknown:${email}`),
  ipKey: throttleKey.loginIp(ip),
});

describe("findLoginState and recordLoginSuccess", () => {
  it("write the login time from the clock exactly, in a zone with daylight saving", async () => {
    process.env.TZ = "America/Toronto";
    // The hour that repeats when Toronto leaves daylight saving.
    const at = new Date("2026-11-01T05:30:00.123Z");
    setClockForTests(() => at);
    const email = uniqueEmail("stmt");
    const { account } = await createPatient(clinicId, { email, password: "Statement-pass-1" });
    const accountKey = throttleKey.loginAccount(account.id);
    await db().throttleBucket.create({ data: { key: accountKey, count: 3, windowStart: at } });

    await recordLoginSuccess({ accountId: account.id, role: "patient", accountKey, ip: "192.0.2.50", userAgent: "ua", requestId: "req-stmt" });

    const row = await db().account.findUniqueOrThrow({ where: { id: account.id }, select: { lastLoginAt: true, lastSeenAt: true, updatedAt: true } });
    expect(row.lastLoginAt?.toISOString()).toBe(at.toISOString());
    expect(row.lastSeenAt?.toISOString()).toBe(at.toISOString());
    expect(row.updatedAt.toISOString()).toBe(at.toISOString());
    expect(await db().throttleBucket.count({ where: { key: accountKey } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { requestId: "req-stmt" } });
    expect(audit).toMatchObject({ actorAccountId: account.id, actorRole: "patient", action: "login", outcome: "success", ip: "192.0.2.50", userAgent: "ua" });
  });

  it("read the account and both throttle blocks as Prisma wrote them", async () => {
    process.env.TZ = "America/Toronto";
    const email = uniqueEmail("stmt");
    const { account } = await createPatient(clinicId, { email, password: "Statement-pass-1" });
    const accountUntil = new Date("2026-03-08T07:15:00.456Z"); // Toronto's spring-forward hour
    const ipUntil = new Date("2026-12-01T19:00:00.789Z");
    await db().throttleBucket.create({ data: { key: throttleKey.loginAccount(account.id), count: 5, windowStart: accountUntil, blockedUntil: accountUntil } });
    await db().throttleBucket.create({ data: { key: throttleKey.loginIp("192.0.2.51"), count: 20, windowStart: ipUntil, blockedUntil: ipUntil } });

    const state = await findLoginState(email, keys(email, "192.0.2.51"));
    expect(state.account).toMatchObject({ id: account.id, role: "patient", status: "active", sessionVersion: 0 });
    expect(state.account?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(state.accountBlockedUntil?.toISOString()).toBe(accountUntil.toISOString());
    expect(state.ipBlockedUntil?.toISOString()).toBe(ipUntil.toISOString());
  });

  it("read an unknown address's own bucket, and no account", async () => {
    const email = uniqueEmail("nobody");
    const until = new Date("2026-12-01T20:00:00.000Z");
    await db().throttleBucket.create({ data: { key: throttleKey.loginAccount(`unknown:${email}`), count: 5, windowStart: until, blockedUntil: until } });

    const state = await findLoginState(email, keys(email, "192.0.2.52"));
    expect(state.account).toBeNull();
    expect(state.accountBlockedUntil?.toISOString()).toBe(until.toISOString());
    expect(state.ipBlockedUntil).toBeNull();
  });
});
