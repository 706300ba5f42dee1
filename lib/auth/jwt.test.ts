// Our session JWT and next-auth's are the same tokens: each decodes what the
// other encodes, a wrong secret or a tampered token is refused, and expiry is
// enforced — so swapping the encoder changes nothing a browser holds.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSession, encodeSession } from "./jwt";

const secret = "a-test-secret-of-enough-length-0123456789";
const claims = { sub: "acc_1", role: "patient" as const, sv: 3, at: 1_764_000_000 };

describe("session JWT", () => {
  it("next-auth decodes ours, with its claims, iat, exp and jti", async () => {
    const token = await encodeSession({ token: claims, secret, maxAge: 600 });
    const payload = await decode({ token, secret });
    expect(payload).toMatchObject(claims);
    const now = Math.floor(Date.now() / 1000);
    expect(payload!.exp).toBeGreaterThanOrEqual(now + 599);
    expect(payload!.exp).toBeLessThanOrEqual(now + 601);
    expect(payload!.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs((payload!.iat as number) - now)).toBeLessThanOrEqual(1);
  });

  it("we decode next-auth's", async () => {
    const token = await encode({ token: claims, secret, maxAge: 600 });
    expect(await decodeSession({ token, secret })).toMatchObject(claims);
  });

  it("uses next-auth's salted key when given a salt", async () => {
    const token = await encode({ token: claims, secret, salt: "next-auth.session-token" });
    expect(await decodeSession({ token, secret, salt: "next-auth.session-token" })).toMatchObject(claims);
    await expect(decodeSession({ token, secret })).rejects.toThrow();
  });

  it("refuses another secret, a tampered token and an expired one", async () => {
    const token = await encodeSession({ token: claims, secret, maxAge: 600 });
    await expect(decodeSession({ token, secret: `${secret}-other` })).rejects.toThrow();
    await expect(decode({ token, secret: `${secret}-other` })).rejects.toThrow();
    const parts = token.split(".");
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    await expect(decodeSession({ token: parts.join("."), secret })).rejects.toThrow();
    // Past the 15 s of clock tolerance next-auth allows.
    const expired = await encodeSession({ token: claims, secret, maxAge: -30 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
    await expect(decode({ token: expired, secret })).rejects.toThrow();
  });

  it("answers null for no token, as next-auth does", async () => {
    expect(await decodeSession({ token: undefined, secret })).toBeNull();
  });
});
