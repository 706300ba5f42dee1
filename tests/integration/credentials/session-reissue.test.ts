// SE-7 with real next-auth sessions: after a password change from the
// dashboard, the browser that made it keeps a working session (its JWT is
// re-issued with the new session version) while every other session — and the
// old cookie of this browser — is refused by the gate. Stand-ins: where the
// cookie comes from (next/headers and getServerSession read it from `request`,
// as in tests/integration/security/session-gate.test.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "../security/next-auth-flow";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  written: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({
    get: (name: string) =>
      name in request.cookies ? { name, value: request.cookies[name] } : undefined,
    set: (name: string, value: string, options: Record<string, unknown>) => {
      request.written.push({ name, value, options });
    },
  }),
}));

const { getSessionAccount } = await import("@/lib/auth/gate");
const { changePassword } = await import("@/lib/credentials/password");
const { reissueSessionCookie } = await import("@/lib/credentials/session-cookie");

const PASSWORD = "Reissue-test-2026!";
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

async function sessionFor(cookie: { name: string; value: string }) {
  request.cookies = { [cookie.name]: cookie.value };
  return getSessionAccount();
}

describe("SE-7 a password change keeps this session and ends the others", () => {
  it("re-issues this browser's JWT with the new version; the other browser and the old cookie are refused", async () => {
    const email = uniqueEmail("reissue");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const here = (await signInWithNextAuth(email, PASSWORD)).sessionCookie!;
    const elsewhere = (await signInWithNextAuth(email, PASSWORD)).sessionCookie!;
    expect((await sessionFor(here))?.id).toBe(account.id);
    expect((await sessionFor(elsewhere))?.id).toBe(account.id);

    const result = await changePassword(
      account.id,
      { currentPassword: PASSWORD, password: "Reissued-Secret-42?" },
      {},
    );
    expect(result.ok).toBe(true);
    request.cookies = { [here.name]: here.value };
    request.written = [];
    expect(
      await reissueSessionCookie(account.id, result.ok ? result.data.sessionVersion : -1),
    ).toBe(true);
    const [written] = request.written;
    expect(written?.name).toBe(here.name);
    expect(written?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });

    expect((await sessionFor({ name: here.name, value: written!.value }))?.id).toBe(account.id);
    expect(await sessionFor(elsewhere)).toBeNull();
    expect(await sessionFor(here)).toBeNull();
    expect(
      (await db().account.findUniqueOrThrow({ where: { id: account.id } })).sessionVersion,
    ).toBe(account.sessionVersion + 1);
  });

  it("never re-issues another account's cookie", async () => {
    const email = uniqueEmail("other");
    const { account } = await createPatient(clinicId, { email, password: PASSWORD });
    const cookie = (await signInWithNextAuth(email, PASSWORD)).sessionCookie!;
    request.cookies = { [cookie.name]: cookie.value };
    request.written = [];
    expect(await reissueSessionCookie("someone-else", account.sessionVersion + 1)).toBe(false);
    expect(request.written).toEqual([]);
  });
});
