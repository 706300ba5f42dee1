// getServerSession() reads the request's cookies, and these tests have no Next
// request: the next-auth module they mock answers from a cookie jar the test
// fills with a session cookie next-auth issued (next-auth-flow.ts). Everything
// else — JWT decoding, callbacks, the gate — is the real code.
//   const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));
//   vi.mock("next-auth", async (original) => (await import("../session-stand-in")).nextAuthReading(await original(), request));
import type { NextAuthOptions } from "next-auth";

type NextAuthModule = typeof import("next-auth");

export function nextAuthReading(
  actual: NextAuthModule,
  jar: { cookies: Record<string, string> },
): NextAuthModule {
  const noopRes = { getHeader() {}, setCookie() {}, setHeader() {} };
  return {
    ...actual,
    getServerSession: ((options: NextAuthOptions) =>
      actual.getServerSession(
        { headers: { host: "localhost:3000" }, cookies: jar.cookies } as never,
        noopRes as never,
        options,
      )) as NextAuthModule["getServerSession"],
  };
}
