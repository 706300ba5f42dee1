import "server-only";
// The one typed view of the process environment, validated on first use (at
// boot, from instrumentation.ts). A bad value stops the server with a message
// naming the variable, instead of failing later inside a request.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Unset: the embedded database (PGlite) in PGLITE_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    /** Public origin of the portal: links in emails, next-auth callbacks, the same-origin check. Unset: this machine, on PORT. */
    APP_URL: z.url().optional(),
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, "must be a port number")
      .optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().default("Clinic portal <no-reply@portal.localhost>"),
    /** Where emails go: Resend, or the local mailbox (a page at /dev/mailbox; demo and development only). */
    EMAIL_TRANSPORT: z.enum(["resend", "mailbox"]).optional(),
    /** The outbox's first retry of a failed email, in seconds; each next one waits twice as long (up to an hour). */
    EMAIL_RETRY_SECONDS: z
      .string()
      .regex(/^\d{1,4}$/, "must be a number of seconds")
      .default("30")
      .transform(Number)
      .refine((s) => s >= 1, "must be at least 1 second"),
    /** Proxies in front of the app that append to X-Forwarded-For (lib/security/client-ip.ts). */
    TRUSTED_PROXY_HOPS: z.string().regex(/^\d$/, "must be a number of proxies, 0 to 9").optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Seeds the demo clinic and shows its credentials (embedded database only). */
    DEMO: z.enum(["0", "1"]).optional(),
    /** The e2e server only: POST /api/test/clock moves this process's clock (embedded database only). */
    TEST_CLOCK: z.enum(["0", "1"]).optional(),
    /** Where attachments' bytes live (lib/files): the database, or an S3-compatible bucket. */
    FILE_STORAGE: z.enum(["postgres", "s3"]).default("postgres"),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).optional(),
    /** An S3-compatible service (MinIO, R2, …); unset: AWS. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    /** Unset (both): the SDK's own credential chain (instance or task role, AWS_* variables). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** 1: https://endpoint/bucket/key, which most S3-compatible services need. */
    S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    const transport = env.EMAIL_TRANSPORT ?? (env.RESEND_API_KEY ? "resend" : "mailbox");
    if (transport === "resend" && !env.RESEND_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "is required when EMAIL_TRANSPORT=resend",
      });
    }
    if (env.TEST_CLOCK === "1" && env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["TEST_CLOCK"],
        message: "is for the embedded test server only, never with DATABASE_URL",
      });
    }
    if (env.FILE_STORAGE === "s3") {
      for (const name of ["S3_BUCKET", "S3_REGION"] as const) {
        if (!env[name])
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "is required when FILE_STORAGE=s3",
          });
      }
      // Half a key pair would silently fall back to whatever credentials the SDK finds.
      if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
        const [given, missing] = env.S3_ACCESS_KEY_ID
          ? ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]
          : ["S3_SECRET_ACCESS_KEY", "S3_ACCESS_KEY_ID"];
        ctx.addIssue({
          code: "custom",
          path: [missing],
          message: `is required with ${given} (set both, or neither for the SDK's credential chain)`,
        });
      }
    }
    const postgresProduction = env.NODE_ENV === "production" && env.DATABASE_URL;
    if (postgresProduction && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required with DATABASE_URL in production",
      });
    }
    // Next's server keeps a client's own X-Forwarded-For and fills it with the
    // socket's address only when there is none (docs/decisions/0005): facing
    // clients directly, the portal cannot know their address. A real install,
    // embedded or PostgreSQL, is served over HTTPS, which `next start` does not
    // terminate, so it sits behind at least one proxy: say so. Only the demo
    // and development may face clients (0).
    const demo = !env.DATABASE_URL && env.DEMO !== "0";
    if (env.NODE_ENV === "production" && !demo && (env.TRUSTED_PROXY_HOPS ?? "0") === "0") {
      ctx.addIssue({
        code: "custom",
        path: ["TRUSTED_PROXY_HOPS"],
        message:
          "must be 1 or more in production (the demo excepted): the number of proxies (load balancer, TLS) that append to X-Forwarded-For",
      });
    }
    // The local mailbox shows every reset and activation link to whoever opens
    // it: only the demo (embedded, with its demo data, where the page says so)
    // and non-production modes may use it. A real install needs a real transport.
    if (transport === "mailbox" && env.NODE_ENV === "production" && !demo) {
      ctx.addIssue({
        code: "custom",
        path: env.EMAIL_TRANSPORT === "mailbox" ? ["EMAIL_TRANSPORT"] : ["RESEND_API_KEY"],
        message:
          env.EMAIL_TRANSPORT === "mailbox"
            ? "=mailbox is for the demo and development only: set RESEND_API_KEY to send real emails"
            : "is required in production (the local mailbox exists only in the demo and in development)",
      });
    }
  });

export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & {
  APP_URL: string;
  EMAIL_TRANSPORT: "resend" | "mailbox";
  NEXTAUTH_SECRET: string;
  embedded: boolean;
  demo: boolean;
  testClock: boolean;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join(".") || "environment"}: ${i.message}`,
    );
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  cached = {
    ...e,
    // A demo started on another port (3000 taken) must still pass its own same-origin check.
    APP_URL: e.APP_URL ?? `http://localhost:${e.PORT ?? 3000}`,
    EMAIL_TRANSPORT: e.EMAIL_TRANSPORT ?? (e.RESEND_API_KEY ? "resend" : "mailbox"),
    NEXTAUTH_SECRET: e.NEXTAUTH_SECRET ?? embeddedSecret(e.PGLITE_DIR),
    embedded,
    demo: embedded && e.DEMO !== "0",
    testClock: embedded && e.TEST_CLOCK === "1",
  };
  // next-auth 4 reads these two from process.env itself.
  process.env.NEXTAUTH_URL ??= cached.APP_URL;
  process.env.NEXTAUTH_SECRET ??= cached.NEXTAUTH_SECRET;
  return cached;
}

/**
 * The embedded demo needs no env file: its signing secret is generated once and
 * kept beside the data, so sessions survive a restart. PostgreSQL deployments
 * must set NEXTAUTH_SECRET (several instances must share it).
 */
function embeddedSecret(dataDir: string): string {
  // An in-memory database (tests) lives as long as the process: so does its secret.
  if (dataDir.startsWith("memory://")) return randomBytes(32).toString("base64url");
  const file = path.join(path.dirname(path.resolve(dataDir)), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** For tests that change the environment between cases. */
export function resetEnvForTests() {
  cached = undefined;
}
