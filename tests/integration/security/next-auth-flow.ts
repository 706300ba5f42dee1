// Drives next-auth's request handler (the code behind /api/auth/*) with the
// app's authOptions(), minus the HTTP server: GET csrf, then POST the
// credentials callback form with the csrf cookie and token, as a browser does.
// Nothing is stubbed: the real provider, callbacks, JWT encoding and the
// Set-Cookie headers next-auth writes.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

export type SetCookie = {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
  raw: string;
};

function parseSetCookie(raw: string): SetCookie {
  const [pair = "", ...attrs] = raw.split(";").map((s) => s.trim());
  const eq = pair.indexOf("=");
  const attributes: Record<string, string | true> = {};
  for (const attr of attrs) {
    const i = attr.indexOf("=");
    if (i === -1) attributes[attr.toLowerCase()] = true;
    else attributes[attr.slice(0, i).toLowerCase()] = attr.slice(i + 1);
  }
  return {
    name: pair.slice(0, eq),
    value: decodeURIComponent(pair.slice(eq + 1)),
    attributes,
    raw,
  };
}

type Reply = { status: number; body: unknown; setCookies: SetCookie[] };

/** One request to next-auth's handler; `path` is what follows /api/auth/. */
export async function callNextAuth(
  method: "GET" | "POST",
  path: string,
  init: {
    body?: Record<string, string>;
    cookies?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const headers = new Map<string, unknown>();
  let status = 200;
  let body: unknown;
  const res = {
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), res),
    status: (code: number) => ((status = code), res),
    json: (value: unknown) => ((body = value), res),
    send: (value: unknown) => ((body = value), res),
    end: () => res,
  };
  const host = new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000").host;
  const req = {
    method,
    query: { nextauth: path.split("/") },
    body: init.body ?? {},
    cookies: init.cookies ?? {},
    headers: {
      host,
      "user-agent": "integration-test",
      "x-client-ip": "192.0.2.10",
      ...init.headers,
    },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<unknown>)(
    req,
    res,
    authOptions(),
  );
  const raw = headers.get("set-cookie");
  const setCookies = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((c) =>
    parseSetCookie(String(c)),
  );
  return { status, body, setCookies };
}

/** A full credentials login; `sessionCookie` is set only when next-auth issued a session. */
export async function signInWithNextAuth(
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const csrf = await callNextAuth("GET", "csrf", { headers });
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const cookies = Object.fromEntries(csrf.setCookies.map((c) => [c.name, c.value]));
  const response = await callNextAuth("POST", "callback/credentials", {
    cookies,
    headers,
    body: { csrfToken, email, password, json: "true", callbackUrl: "/en/dashboard" },
  });
  const sessionCookie = response.setCookies.find(
    (c) => c.name.endsWith("next-auth.session-token") && c.value !== "",
  );
  return {
    response,
    sessionCookie,
    csrfCookie: csrf.setCookies.find((c) => c.name.includes("csrf-token")),
  };
}
