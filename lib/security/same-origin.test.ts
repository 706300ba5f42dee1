import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const app = "https://portal.clinic.example";
const h = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts the portal's own origin, by Host or APP_URL", () => {
    expect(isSameOrigin(h({ origin: "http://localhost:3000", host: "localhost:3000" }), app)).toBe(
      true,
    );
    expect(isSameOrigin(h({ origin: app, host: "10.0.0.5:3000" }), app)).toBe(true);
  });
  it("refuses a foreign origin and the null origin (CS-1, CS-2)", () => {
    expect(
      isSameOrigin(h({ origin: "https://evil.example", host: "portal.clinic.example" }), app),
    ).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "portal.clinic.example" }), app)).toBe(false);
    expect(isSameOrigin(h({ origin: "not a url", host: "portal.clinic.example" }), app)).toBe(
      false,
    );
  });
  it("without an Origin, refuses only what the browser marks cross-site (CS-3)", () => {
    expect(isSameOrigin(h({ "sec-fetch-site": "cross-site" }), app)).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin" }), app)).toBe(true);
    expect(isSameOrigin(h({}), app)).toBe(true);
  });
});
