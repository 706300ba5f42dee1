// APP_URL drives email links and the same-origin check: unset, it follows the
// port the server listens on, so a demo moved off a busy port still logs in.
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "./env";

// env() also fills in the two next-auth reads itself: put them back too.
const saved = Object.fromEntries(
  ["APP_URL", "PORT", "PGLITE_DIR", "NEXTAUTH_URL", "NEXTAUTH_SECRET"].map((key) => [
    key,
    process.env[key],
  ]),
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
