import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  BRAND_BODY_LIMIT_BYTES,
  bodyLimitFor,
  formBodyBytes,
  UPLOAD_BODY_LIMIT_BYTES,
} from "./body-limit";

describe("formBodyBytes", () => {
  it("is at least the body Request makes of the form, for text and files", async () => {
    const form = new FormData();
    form.set("termsFr", "Conditions générales — é".repeat(1000));
    form.set("name", "Clinique");
    form.set("file", new File(["x".repeat(5000)], "notes.txt", { type: "text/plain" }));
    const actual = (await new Request("http://x", { method: "POST", body: form }).arrayBuffer())
      .byteLength;
    expect(formBodyBytes(form)).toBeGreaterThanOrEqual(actual);
    expect(formBodyBytes(form)).toBeLessThan(actual + 1000);
  });

  it("puts a 1.1 MB text over the limit and a 900 kB one under", () => {
    const of = (n: number) => {
      const form = new FormData();
      form.set("termsEn", "a".repeat(n));
      return formBodyBytes(form);
    };
    expect(of(1_100_000)).toBeGreaterThan(ACTION_BODY_LIMIT_BYTES);
    expect(of(900_000)).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
  });
});

describe("bodyLimitFor", () => {
  it("lets only the communication upload route take files, up to 5 of 10 MiB", () => {
    expect(bodyLimitFor("/api/admin/patients/cm123/communications")).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(UPLOAD_BODY_LIMIT_BYTES).toBeGreaterThan(5 * 10 * 1024 * 1024);
    for (const path of [
      "/api/admin/patients/cm123/communications/extra",
      "/api/admin/patients/a/b/communications",
      "/en/admin/patients/cm123/communications/new",
      "/api/auth/callback/credentials",
      "/api/admin/patients/cm123/communications?x=/",
    ])
      expect(bodyLimitFor(path), path).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it("lets the brand route take a 2 MiB logo, and only that route", () => {
    expect(bodyLimitFor("/api/admin/clinic/brand")).toBe(BRAND_BODY_LIMIT_BYTES);
    expect(BRAND_BODY_LIMIT_BYTES).toBeGreaterThan(2 * 1024 * 1024);
    expect(BRAND_BODY_LIMIT_BYTES).toBeLessThan(UPLOAD_BODY_LIMIT_BYTES);
    for (const path of ["/api/admin/clinic/brand/x", "/en/admin/settings", "/api/clinic/logo"])
      expect(bodyLimitFor(path), path).toBe(ACTION_BODY_LIMIT_BYTES);
  });
});
