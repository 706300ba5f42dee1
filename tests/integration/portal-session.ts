// What the integration tests of the portal's loaders and actions share: a real
// next-auth session set on the stand-in request (session-stand-in.ts), form
// data as a browser sends it, and the digest Next's redirect()/notFound() throw.
import { expect } from "vitest";
import { signInWithNextAuth } from "./security/next-auth-flow";

/** Signs `email` in through next-auth and puts its session cookie on `request`; null signs out. */
export async function signInOn(
  request: { cookies: Record<string, string> },
  email: string | null,
  password: string,
) {
  request.cookies = {};
  if (!email) return;
  const { sessionCookie } = await signInWithNextAuth(email, password);
  expect(sessionCookie, "next-auth issued no session").toBeDefined();
  request.cookies = { [sessionCookie!.name]: sessionCookie!.value };
}

/** Form data as the browser posts it: an array is a repeated field. */
export function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values))
    for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

/** Next's redirect()/notFound() throw errors tagged by digest; "no error" when nothing was thrown. */
export async function thrownDigest(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "no error";
}

export const NOT_FOUND = /^NEXT_HTTP_ERROR_FALLBACK;404/;

/** The date `years` (and `days`) before today, as YYYY-MM-DD. */
export function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
