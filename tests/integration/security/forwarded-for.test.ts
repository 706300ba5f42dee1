// CA-1: the client address behind the per-address login limit and in the audit
// log is the one our proxies saw, whatever X-Forwarded-For a client sends. The
// request goes through the real proxy.ts (which derives x-client-ip) and then
// next-auth's credentials provider, as a login does.
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { createClinic, createPatient } from "@/lib/demo/factories";
import proxy from "@/proxy";
import { uniqueEmail } from "../harness";

const PASSWORD = "Correct-horse-9";
const saved = process.env.TRUSTED_PROXY_HOPS;
let clinicId: string;

/** The x-client-ip proxy.ts hands the route for this X-Forwarded-For. */
async function clientIpFor(forwardedFor: string): Promise<string> {
  const response = await proxy(
    new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "x-forwarded-for": forwardedFor },
    }),
  );
  return response.headers.get("x-middleware-request-x-client-ip") ?? "(none)";
}

async function login(email: string, password: string, forwardedFor: string) {
  const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
  const req = {
    headers: { "x-client-ip": await clientIpFor(forwardedFor), "user-agent": "xff-test" },
  };
  try {
    return (await provider.options.authorize!({ email, password }, req as never)) ? "ok" : "denied";
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  clinicId = (await createClinic()).id;
});

afterEach(async () => {
  if (saved === undefined) delete process.env.TRUSTED_PROXY_HOPS;
  else process.env.TRUSTED_PROXY_HOPS = saved;
  await db().throttleBucket.deleteMany({});
});

describe("behind one proxy (TRUSTED_PROXY_HOPS=1)", () => {
  it("55 failures from one source, each with a new forged header, are throttled after 50", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    // What the load balancer forwards: the client's forged entries, then the address it saw.
    const forged = (i: number) => `10.${i}.0.1, 198.51.100.${i}, 203.0.113.9`;
    const results: string[] = [];
    for (let i = 0; i < 55; i++)
      results.push(await login(uniqueEmail(`spoof${i}`), "Wrong-pass-1", forged(i)));
    expect(results.slice(0, 50).every((r) => r === "denied")).toBe(true);
    expect(results.slice(50).every((r) => r === "throttled")).toBe(true);
  });

  it("the audit row stores the address the proxy saw, not the forged one", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const email = uniqueEmail("audited");
    await createPatient(clinicId, { email, password: PASSWORD });
    expect(await login(email, PASSWORD, "6.6.6.6, 203.0.113.44")).toBe("ok");
    const events = await db().auditEvent.findMany({
      where: { userAgent: "xff-test", outcome: "success" },
      select: { ip: true },
    });
    expect(events.map((e) => e.ip)).toEqual(["203.0.113.44"]);
  });

  it("a header with fewer entries than proxies did not come through them: 'unknown', never the client's pick", async () => {
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(await clientIpFor("6.6.6.6")).toBe("unknown");
    expect(await clientIpFor("6.6.6.6, 203.0.113.5, 10.0.0.2")).toBe("203.0.113.5");
  });
});

describe("facing clients (TRUSTED_PROXY_HOPS=0, the demo and development only)", () => {
  it("takes the last entry: the socket address Next's server puts there when the client sent none", async () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    expect(await clientIpFor("192.0.2.10")).toBe("192.0.2.10");
    // Next keeps a client's own header as it is, so here a client could pick
    // its address: that is why production outside the demo refuses 0 (lib/env.ts).
    expect(await clientIpFor("6.6.6.6, 192.0.2.10")).toBe("192.0.2.10");
  });
});
