// How a provider's answer decides the retry (docs/decisions/0004-email-outbox.md).
import { describe, expect, it } from "vitest";
import { retryAfterMs, sendFailureOf } from "./transport";

describe("sendFailureOf", () => {
  it("gives up on a refusal of this email (400, 422)", () => {
    expect(sendFailureOf(400)).toBe("refused");
    expect(sendFailureOf(422)).toBe("refused");
  });

  it("backs off the whole batch when the provider is unavailable: no answer, 401/403, 429, 5xx", () => {
    for (const status of [null, 401, 403, 429, 500, 502, 503]) {
      expect(sendFailureOf(status), String(status)).toBe("unavailable");
    }
  });

  it("retries the one email for anything else", () => {
    expect(sendFailureOf(404)).toBe("failed");
    expect(sendFailureOf(409)).toBe("failed");
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-08T06:59:30Z");

  it("reads seconds and HTTP dates, never a negative wait", () => {
    expect(retryAfterMs("20", now)).toBe(20_000);
    expect(retryAfterMs(" 3 ", now)).toBe(3_000);
    expect(retryAfterMs("Sun, 08 Mar 2026 07:00:00 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Sun, 08 Mar 2026 06:00:00 GMT", now)).toBe(0);
  });

  it("ignores a missing or unreadable value", () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });
});
