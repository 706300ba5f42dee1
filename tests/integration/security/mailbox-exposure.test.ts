// The local mailbox holds working reset and activation links. It answers only
// where the mailbox transport may run (the demo, development); an installation
// sending through Resend, in production mode, has no mailbox at all.
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/dev/mailbox/route";
import { db } from "@/lib/db/client";
import { loadMailbox } from "@/lib/email/mailbox";
import { resetEnvForTests } from "@/lib/env";

const KEYS = [
  "NODE_ENV",
  "DEMO",
  "RESEND_API_KEY",
  "EMAIL_TRANSPORT",
  "TRUSTED_PROXY_HOPS",
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
const envs = process.env as Record<string, string | undefined>;

function withEnv(vars: Partial<Record<(typeof KEYS)[number], string | undefined>>) {
  for (const key of KEYS) delete envs[key];
  Object.assign(envs, vars);
  resetEnvForTests();
}

afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete envs[key];
    else envs[key] = saved[key];
  }
  resetEnvForTests();
});

const list = () => GET(new Request("http://localhost/api/dev/mailbox"));

describe("the local mailbox", () => {
  it("in production with Resend: the JSON answers 404 and the page is notFound, with mail in the table", async () => {
    await db().mailboxMessage.create({
      data: {
        outbox: {
          create: {
            to: "someone@example.test",
            locale: "en",
            template: "password-reset",
            payload: {},
            status: "sent",
          },
        },
        to: "someone@example.test",
        subject: "Reset your password",
        html: "<a href='http://localhost/en/reset-password/secret'>reset</a>",
        text: "http://localhost/en/reset-password/secret",
      },
    });
    withEnv({
      NODE_ENV: "production",
      DEMO: "0",
      RESEND_API_KEY: "re_live",
      TRUSTED_PROXY_HOPS: "1",
    });
    const response = await list();
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret");
    await expect(loadMailbox({})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it("in the demo (even in production mode) or in development it lists what was sent", async () => {
    // The embedded database is the demo; on PostgreSQL only development has a mailbox.
    withEnv({ NODE_ENV: process.env.DATABASE_URL ? "development" : "production" });
    const response = await list();
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: { to: string }[] };
    expect(messages.map((m) => m.to)).toContain("someone@example.test");
  });
});
