// APP_URL drives email links and the same-origin check: unset, it follows the
// port the server listens on, so a demo moved off a busy port still logs in.
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "./env";

// env() also fills in the two next-auth reads itself: put them back too.
const saved = Object.fromEntries(
  [
    "APP_URL",
    "PORT",
    "PGLITE_DIR",
    "NEXTAUTH_URL",
    "NEXTAUTH_SECRET",
    "NODE_ENV",
    "DATABASE_URL",
    "DEMO",
    "EMAIL_TRANSPORT",
    "RESEND_API_KEY",
    "TRUSTED_PROXY_HOPS",
    "FILE_STORAGE",
    "S3_BUCKET",
    "S3_REGION",
    "S3_ENDPOINT",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
  ].map((key) => [key, process.env[key]]),
);

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
});

function fresh(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  process.env.PGLITE_DIR = "memory://env-test";
  resetEnvForTests();
  return env();
}

describe("APP_URL", () => {
  it("defaults to localhost on PORT, or on 3000", () => {
    expect(fresh({ APP_URL: undefined, PORT: "3111" }).APP_URL).toBe("http://localhost:3111");
    expect(fresh({ APP_URL: undefined, PORT: undefined }).APP_URL).toBe("http://localhost:3000");
  });

  it("is what it is set to, whatever the port", () => {
    expect(fresh({ APP_URL: "https://portal.clinic.example", PORT: "8080" }).APP_URL).toBe(
      "https://portal.clinic.example",
    );
  });

  it("refuses a port that is not a number, naming it", () => {
    expect(() => fresh({ APP_URL: undefined, PORT: "http" })).toThrow(
      /PORT: must be a port number/,
    );
  });
});

describe("the local mailbox (it shows every reset and activation link to whoever opens it)", () => {
  const pg = "postgresql://portal@127.0.0.1:1/portal";
  const secret = "s".repeat(32);
  const base = { NEXTAUTH_SECRET: secret, RESEND_API_KEY: undefined, EMAIL_TRANSPORT: undefined };

  it("is the transport of the demo, even in production mode, and of development", () => {
    expect(
      fresh({ ...base, NODE_ENV: "production", DATABASE_URL: undefined, DEMO: undefined }),
    ).toMatchObject({ EMAIL_TRANSPORT: "mailbox", demo: true });
    expect(fresh({ ...base, NODE_ENV: "development", DATABASE_URL: pg })).toMatchObject({
      EMAIL_TRANSPORT: "mailbox",
      demo: false,
    });
  });

  it("is refused in production without the demo: embedded without demo data, or PostgreSQL, names RESEND_API_KEY", () => {
    expect(() =>
      fresh({ ...base, NODE_ENV: "production", DATABASE_URL: undefined, DEMO: "0" }),
    ).toThrow(/RESEND_API_KEY: is required in production/);
    expect(() => fresh({ ...base, NODE_ENV: "production", DATABASE_URL: pg })).toThrow(
      /RESEND_API_KEY: is required in production/,
    );
  });

  it("cannot be forced with EMAIL_TRANSPORT=mailbox in production, and the message says so", () => {
    expect(() =>
      fresh({ ...base, NODE_ENV: "production", DATABASE_URL: pg, EMAIL_TRANSPORT: "mailbox" }),
    ).toThrow(/EMAIL_TRANSPORT: =mailbox is for the demo and development only/);
    expect(() =>
      fresh({
        ...base,
        NODE_ENV: "production",
        DATABASE_URL: undefined,
        DEMO: "0",
        EMAIL_TRANSPORT: "mailbox",
        RESEND_API_KEY: "re_x",
      }),
    ).toThrow(/EMAIL_TRANSPORT/);
  });

  it("gives way to Resend when its key is set", () => {
    expect(
      fresh({
        ...base,
        NODE_ENV: "production",
        DATABASE_URL: pg,
        RESEND_API_KEY: "re_live",
        TRUSTED_PROXY_HOPS: "1",
      }),
    ).toMatchObject({ EMAIL_TRANSPORT: "resend" });
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  const prod = {
    NODE_ENV: "production",
    DATABASE_URL: "postgresql://portal@127.0.0.1:1/portal",
    NEXTAUTH_SECRET: "s".repeat(32),
    RESEND_API_KEY: "re_live",
    EMAIL_TRANSPORT: undefined,
  };

  it("production on PostgreSQL needs at least one proxy: facing clients, their address is unknowable", () => {
    expect(() => fresh({ ...prod, TRUSTED_PROXY_HOPS: undefined })).toThrow(
      /TRUSTED_PROXY_HOPS: must be 1 or more/,
    );
    expect(() => fresh({ ...prod, TRUSTED_PROXY_HOPS: "0" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(fresh({ ...prod, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe("2");
  });

  it("so does an embedded install in production without the demo", () => {
    const embedded = { ...prod, DATABASE_URL: undefined, DEMO: "0" };
    expect(() => fresh({ ...embedded, TRUSTED_PROXY_HOPS: undefined })).toThrow(
      /TRUSTED_PROXY_HOPS: must be 1 or more/,
    );
    expect(fresh({ ...embedded, TRUSTED_PROXY_HOPS: "1" })).toMatchObject({
      embedded: true,
      demo: false,
      TRUSTED_PROXY_HOPS: "1",
    });
  });

  it("is a small number", () => {
    expect(() => fresh({ ...prod, TRUSTED_PROXY_HOPS: "one" })).toThrow(
      /TRUSTED_PROXY_HOPS: must be a number of proxies/,
    );
  });

  it("the demo and development may face clients directly (0)", () => {
    expect(
      fresh({ NODE_ENV: "production", DATABASE_URL: undefined, TRUSTED_PROXY_HOPS: undefined })
        .demo,
    ).toBe(true);
  });
});

describe("FILE_STORAGE", () => {
  const s3 = {
    FILE_STORAGE: "s3",
    S3_BUCKET: "portal-files",
    S3_REGION: "ca-central-1",
    S3_ENDPOINT: undefined,
    S3_ACCESS_KEY_ID: undefined,
    S3_SECRET_ACCESS_KEY: undefined,
    S3_FORCE_PATH_STYLE: undefined,
  };

  it("defaults to the database, which needs no S3 variable", () => {
    expect(fresh({ ...s3, FILE_STORAGE: undefined, S3_BUCKET: undefined })).toMatchObject({
      FILE_STORAGE: "postgres",
      S3_FORCE_PATH_STYLE: "0",
    });
  });

  it("s3 names each missing variable", () => {
    expect(() => fresh({ ...s3, S3_BUCKET: undefined })).toThrow(
      /S3_BUCKET: is required when FILE_STORAGE=s3/,
    );
    expect(() => fresh({ ...s3, S3_REGION: undefined })).toThrow(
      /S3_REGION: is required when FILE_STORAGE=s3/,
    );
    expect(() => fresh({ ...s3, S3_BUCKET: undefined, S3_REGION: undefined })).toThrow(
      /S3_BUCKET[^]*S3_REGION/,
    );
  });

  it("s3 takes both keys or neither (the SDK's credential chain), never half a pair", () => {
    expect(fresh(s3).FILE_STORAGE).toBe("s3");
    expect(
      fresh({ ...s3, S3_ACCESS_KEY_ID: "AKIAEXAMPLE", S3_SECRET_ACCESS_KEY: "secret" }),
    ).toMatchObject({ S3_ACCESS_KEY_ID: "AKIAEXAMPLE", S3_SECRET_ACCESS_KEY: "secret" });
    expect(() => fresh({ ...s3, S3_ACCESS_KEY_ID: "AKIAEXAMPLE" })).toThrow(
      /S3_SECRET_ACCESS_KEY: is required with S3_ACCESS_KEY_ID/,
    );
    expect(() => fresh({ ...s3, S3_SECRET_ACCESS_KEY: "secret" })).toThrow(
      /S3_ACCESS_KEY_ID: is required with S3_SECRET_ACCESS_KEY/,
    );
  });

  it("refuses an unknown driver, an endpoint that is not an http(s) URL and a path style that is not 0 or 1", () => {
    expect(() => fresh({ ...s3, FILE_STORAGE: "disk" })).toThrow(/FILE_STORAGE/);
    expect(() => fresh({ ...s3, S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
    expect(() => fresh({ ...s3, S3_FORCE_PATH_STYLE: "true" })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(
      fresh({ ...s3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "1" }),
    ).toMatchObject({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "1" });
  });
});
