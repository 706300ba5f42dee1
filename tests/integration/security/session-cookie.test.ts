// The session cookie next-auth writes with the app's configuration
// (SECURITY.md SE-1): HttpOnly, SameSite=Lax, Path=/ always; and when the
// portal's public origin is https (APP_URL=https://…), `__Secure-`-prefixed
// and Secure. Proven on next-auth's own handler and Set-Cookie headers; the
// e2e suite checks the http flags on the running server (tests/e2e/security.spec.ts).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClinic, createPatient } from "@/lib/demo/factories";
import { env, resetEnvForTests } from "@/lib/env";
import { uniqueEmail } from "../harness";
import { signInWithNextAuth } from "./next-auth-flow";

const PASSWORD = "Cookie-test-password-2026";
const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
  env();
});

/** Configures the public origin the way a deployment does: APP_URL only; env() derives next-auth's URL. */
function deployAt(appUrl: string) {
  process.env.APP_URL = appUrl;
  delete process.env.NEXTAUTH_URL;
  resetEnvForTests();
  env();
  expect(process.env.NEXTAUTH_URL).toBe(appUrl);
}

async function sessionCookie() {
  const email = uniqueEmail("cookie");
  await createPatient(clinicId, { email, password: PASSWORD });
  const { sessionCookie, csrfCookie } = await signInWithNextAuth(email, PASSWORD);
  expect(sessionCookie, "no session cookie issued").toBeDefined();
  return { session: sessionCookie!, csrf: csrfCookie! };
}

describe("SE-1 session cookie attributes", () => {
  it("over http: HttpOnly, SameSite=Lax, Path=/, no Secure (a browser would drop it)", async () => {
    deployAt("http://localhost:3000");
    const { session } = await sessionCookie();
    expect(session.name).toBe("next-auth.session-token");
    expect(session.attributes).toMatchObject({ httponly: true, samesite: "Lax", path: "/" });
    expect(session.attributes.secure).toBeUndefined();
    expect(session.attributes.domain).toBeUndefined();
  });

  it("behind https: __Secure- prefix and Secure, still HttpOnly, SameSite=Lax, Path=/", async () => {
    deployAt("https://portal.clinic.example");
    const { session, csrf } = await sessionCookie();
    expect(session.name).toBe("__Secure-next-auth.session-token");
    expect(session.attributes).toMatchObject({
      httponly: true,
      samesite: "Lax",
      path: "/",
      secure: true,
    });
    expect(session.attributes.domain).toBeUndefined();
    // The CSRF double-submit cookie is host-bound there.
    expect(csrf.name).toBe("__Host-next-auth.csrf-token");
    expect(csrf.attributes).toMatchObject({ httponly: true, secure: true, path: "/" });
  });
});
