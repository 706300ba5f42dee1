import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csrfCookieName, csrfTokenFromCookie, loginCsrf } from "./csrf";

// next-auth's own implementation (not in its package exports), to prove the
// two agree on the cookie format.
const require = createRequire(import.meta.url);
const { createCSRFToken } = require(path.join(path.dirname(require.resolve("next-auth")), "core/lib/csrf-token.js")) as {
  createCSRFToken: (input: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }) => {
    cookie?: string;
    csrfToken: string;
    csrfTokenVerified?: boolean;
  };
};

const SECRET = "s".repeat(32);

describe("login CSRF double-submit cookie (next-auth's format)", () => {
  it("makes a cookie that it, and next-auth, accept for the token it hands out", () => {
    const made = loginCsrf(undefined, SECRET);
    expect(made.token).toMatch(/^[0-9a-f]{64}$/);
    expect(csrfTokenFromCookie(made.newCookieValue, SECRET)).toBe(made.token);
    const nextAuth = createCSRFToken({ options: { secret: SECRET }, cookieValue: made.newCookieValue, isPost: true, bodyValue: made.token });
    expect(nextAuth).toMatchObject({ csrfTokenVerified: true, csrfToken: made.token });
  });

  it("keeps a genuine cookie next-auth made (no new cookie) and refuses forged ones", () => {
    const { cookie, csrfToken } = createCSRFToken({ options: { secret: SECRET }, isPost: false }) as { cookie: string; csrfToken: string };
    expect(loginCsrf(cookie, SECRET)).toEqual({ token: csrfToken });
    expect(csrfTokenFromCookie(cookie, "another-secret-of-32-characters!!")).toBeNull();
    expect(csrfTokenFromCookie(`${"a".repeat(64)}|${cookie.split("|")[1]}`, SECRET)).toBeNull();
    expect(csrfTokenFromCookie(`${csrfToken}|`, SECRET)).toBeNull();
    expect(csrfTokenFromCookie(`${csrfToken}|é`, SECRET)).toBeNull();
    expect(csrfTokenFromCookie(undefined, SECRET)).toBeNull();
    const replaced = loginCsrf(`${csrfToken}|forged`, SECRET);
    expect(replaced.token).not.toBe(csrfToken);
    expect(replaced.newCookieValue).toBeDefined();
  });

  it("names the cookie as next-auth does, host-bound over https", () => {
    expect(csrfCookieName(false)).toBe("next-auth.csrf-token");
    expect(csrfCookieName(true)).toBe("__Host-next-auth.csrf-token");
  });
});
