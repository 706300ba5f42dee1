import "server-only";
// The production server's fast lane (server.ts) for the one CPU-bound hot
// path, the credentials login: answered straight from node:http, before Next
// routes the request. Next's pipeline (routing, proxy.ts, the route module)
// costs a request ~2.5 ms of main-thread time, more than the login's own work
// besides argon2 (`npm run bench:login` measures both). What the request gets
// on Next's path it gets here the same way: the same-origin check (CS-1..3),
// the client address as Next hands it to proxy.ts, a request id, the security
// headers and the access log line. The login itself is lib/auth/login-route.ts,
// which Next's route still uses wherever this server does not run (`next dev`).
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerLogin, type LoginAnswer, MAX_LOGIN_BODY_BYTES, tooLarge } from "@/lib/auth/login-route";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { isSameOrigin } from "@/lib/security/same-origin";

export const LOGIN_PATH = "/api/auth/callback/credentials";

/** Exactly the login form's POST; anything else (a query string included) goes to Next, whose route answers it too. */
export function isLoginPost(req: IncomingMessage): boolean {
  return req.method === "POST" && req.url === LOGIN_PATH;
}

const STATIC_HEADERS = staticSecurityHeaders().flatMap(({ key, value }) => [key, value]);

export async function serveLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = crypto.randomUUID();
  const headers = { get: (name: string) => single(req.headers[name]) };
  let answer: LoginAnswer;
  try {
    if (!isSameOrigin(headers, env().APP_URL)) {
      answer = { status: 403, headers: [["Content-Type", "application/json"]], body: JSON.stringify({ error: "forbidden" }) };
    } else {
      const body = await readBody(req);
      answer =
        body === null
          ? tooLarge()
          : await answerLogin({
              contentType: headers.get("content-type"),
              cookie: headers.get("cookie"),
              body,
              // Next sets X-Forwarded-For to the socket's address when a request has none.
              ip: clientIp(headers.get("x-forwarded-for") ?? req.socket.remoteAddress ?? null),
              userAgent: headers.get("user-agent"),
              requestId,
            });
    }
  } catch (error) {
    // As on Next's path: one log line with the request id, a generic answer.
    log.error("request failed", { requestId, method: "POST", path: LOGIN_PATH, route: "login-lane", error });
    answer = { status: 500, headers: [["Content-Type", "application/json"]], body: JSON.stringify({ error: "server error" }) };
  }
  const csp = contentSecurityPolicy(createNonce(), process.env.NODE_ENV !== "production");
  const raw = [...STATIC_HEADERS, "Content-Security-Policy", csp, "X-Request-Id", requestId, ...answer.headers.flat()];
  // A refused body may still be arriving: close rather than read the rest.
  if (answer.status === 413) raw.push("Connection", "close");
  res.writeHead(answer.status, raw);
  res.end(answer.body ?? undefined);
  log.info("request", { requestId, method: "POST", path: LOGIN_PATH });
}

function single(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The body as text, or null past MAX_LOGIN_BODY_BYTES (declared or sent). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_LOGIN_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_LOGIN_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
