// A stand-in for Resend's HTTP API on a loopback port, for servers run in
// production mode by the tests and benchmarks: production refuses the local
// mailbox (lib/env.ts), so they send through the real resend SDK, pointed here
// with RESEND_BASE_URL (the SDK's own variable). It keeps what it was sent and,
// as Resend does, delivers a request repeating an idempotency key only once.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type SentEmail = {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
};

export type FakeResend = {
  /** For RESEND_BASE_URL. */
  url: string;
  /** Delivered: one per idempotency key, as Resend delivers. */
  sent: SentEmail[];
  /** Requests that repeated a key already delivered (answered with its first id, not delivered). */
  repeats: string[];
  close(): Promise<void>;
};

export async function startFakeResend(): Promise<FakeResend> {
  const sent: SentEmail[] = [];
  const repeats: string[] = [];
  const byKey = new Map<string, string>();
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
      const known = typeof key === "string" ? byKey.get(key) : undefined;
      if (known) repeats.push(key as string);
      else sent.push({ ...body, to: Array.isArray(body.to) ? body.to : [body.to] });
      const id = known ?? randomUUID();
      if (typeof key === "string") byKey.set(key, id);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    repeats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
