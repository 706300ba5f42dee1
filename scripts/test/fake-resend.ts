// A stand-in for Resend's HTTP API on a loopback port, for servers run in
// production mode by the tests and benchmarks: production refuses the local
// mailbox (lib/env.ts), so they send through the real resend SDK, pointed here
// with RESEND_BASE_URL (the SDK's own variable). It keeps what it was sent and,
// as Resend does, delivers a request repeating an idempotency key only once.
// It can be switched into an outage (500s, 429 with Retry-After, requests that
// never get an answer) and can refuse an address (422), as the provider may.
import { randomUUID } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type SentEmail = {
  /** Its idempotency key (the outbox row's id). */
  key: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
};

/**
 * How the stand-in answers while it is out: an error status (429 with its
 * Retry-After), or no answer at all, having taken the email (`delivers`) or not.
 */
export type Outage =
  | { status: 500 | 503 }
  | { status: 429; retryAfterSeconds: number }
  | { hang: true; delivers: boolean };

/** Each request, as the provider saw it: its idempotency key, when, and what it answered. */
export type SendRequest = { key: string; to: string; at: number; answer: number | "none" };

export type FakeResend = {
  /** For RESEND_BASE_URL. */
  url: string;
  /** Delivered: one per idempotency key, as Resend delivers. */
  sent: SentEmail[];
  /** Requests that repeated a key already delivered (answered with its first id, not delivered). */
  repeats: string[];
  requests: SendRequest[];
  /** Starts an outage, or ends it (null). */
  setOutage(outage: Outage | null): void;
  /** Answers 422 to every email to this address, as for an address the provider rejects. */
  refuse(address: string): void;
  close(): Promise<void>;
};

export async function startFakeResend(): Promise<FakeResend> {
  const sent: SentEmail[] = [];
  const repeats: string[] = [];
  const requests: SendRequest[] = [];
  const refused = new Set<string>();
  let outage: Outage | null = null;
  const byKey = new Map<string, string>();
  const json = (res: ServerResponse, status: number, body: object, headers = {}) =>
    res
      .writeHead(status, { "content-type": "application/json", ...headers })
      .end(JSON.stringify(body));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/emails") {
        res.writeHead(404, { "content-type": "application/json" }).end('{"message":"not found"}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as SentEmail & {
        to: string | string[];
      };
      const key = req.headers["idempotency-key"];
      const to = Array.isArray(body.to) ? body.to : [body.to];
      const request: SendRequest = {
        key: typeof key === "string" ? key : "",
        to: to.join(","),
        at: Date.now(),
        answer: "none",
      };
      requests.push(request);
      const deliver = () => {
        const known = typeof key === "string" ? byKey.get(key) : undefined;
        if (known) repeats.push(key as string);
        else sent.push({ ...body, to, key: typeof key === "string" ? key : "" });
        const id = known ?? randomUUID();
        if (typeof key === "string") byKey.set(key, id);
        return id;
      };
      const isRefused = to.some((address) => refused.has(address.toLowerCase()));
      if (outage && "hang" in outage) {
        // Taken (or not), and never answered: the client's time-out ends it.
        if (outage.delivers && !isRefused) deliver();
        return;
      }
      if (outage) {
        request.answer = outage.status;
        const retry =
          outage.status === 429 ? { "retry-after": String(outage.retryAfterSeconds) } : {};
        json(
          res,
          outage.status,
          outage.status === 429
            ? { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests." }
            : { statusCode: outage.status, name: "application_error", message: "Internal error." },
          retry,
        );
        return;
      }
      if (isRefused) {
        request.answer = 422;
        json(res, 422, {
          statusCode: 422,
          name: "validation_error",
          message: "Invalid `to` field.",
        });
        return;
      }
      request.answer = 200;
      json(res, 200, { id: deliver() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    repeats,
    requests,
    setOutage: (next) => {
      outage = next;
    },
    refuse: (address) => refused.add(address.toLowerCase()),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // requests left unanswered by an outage
      }),
  };
}
