// The local mailbox holds working reset and activation links. It answers only
// where the mailbox transport may run (the demo, development); an installation
// sending through Resend, in production mode, has no mailbox at all.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as preview } from "@/app/api/dev/mailbox/[id]/html/route";
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
const previewOf = (id: string) =>
  preview(new Request(`http://localhost/api/dev/mailbox/${id}/html`), {
    params: Promise.resolve({ id }),
  });
/** Where the mailbox exists: the embedded database is the demo; on PostgreSQL only development has one. */
const mailboxEnv = () => ({ NODE_ENV: process.env.DATABASE_URL ? "development" : "production" });

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
    withEnv(mailboxEnv());
    const response = await list();
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: { to: string }[] };
    expect(messages.map((m) => m.to)).toContain("someone@example.test");
  });
});

describe("the email preview (the mailbox page's iframe)", () => {
  const styled =
    '<html><head><style>p{color:red}</style></head><body><p style="font-size:20px">Hello <a href="http://localhost/en/reset-password/secret">reset</a></p><script>alert(1)</script></body></html>';
  let id: string;

  beforeAll(async () => {
    id = (
      await db().mailboxMessage.create({
        data: {
          outbox: {
            create: {
              to: "preview@example.test",
              locale: "en",
              template: "password-reset",
              payload: {},
              status: "sent",
            },
          },
          to: "preview@example.test",
          subject: "Styled",
          html: styled,
          text: "Hello",
        },
      })
    ).id;
  });

  it("serves the email's HTML as its own document, under a CSP that allows inline styles and nothing else", async () => {
    withEnv(mailboxEnv());
    const response = await previewOf(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csp = (response.headers.get("content-security-policy") ?? "").split(/;\s*/);
    expect(csp).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        "frame-ancestors 'self'",
        "sandbox",
      ]),
    );
    // No script source at all: default-src 'none' refuses the email's <script>.
    expect(csp.some((d) => d.startsWith("script-src"))).toBe(false);
    expect(await response.text()).toBe(styled);
  });

  it("answers 404 for a message that does not exist", async () => {
    withEnv(mailboxEnv());
    const response = await previewOf("no-such-message");
    expect(response.status).toBe(404);
  });

  it("in production with Resend: 404, the email's content never served", async () => {
    withEnv({
      NODE_ENV: "production",
      DEMO: "0",
      RESEND_API_KEY: "re_live",
      TRUSTED_PROXY_HOPS: "1",
    });
    const response = await previewOf(id);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(await response.text()).not.toContain("secret");
  });
});
