import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp (CA-1)", () => {
  it("with one trusted proxy, takes the entry that proxy appended, whatever the client put before it", () => {
    expect(clientIp("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIp("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIp("1.1.1.1, 6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("with two trusted proxies, takes the second entry from the right", () => {
    expect(clientIp("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("a list shorter than the trusted hops did not come through them: unknown", () => {
    expect(clientIp("203.0.113.7", 2)).toBe("unknown");
    expect(clientIp(null, 1)).toBe("unknown");
  });

  it("with no trusted proxy, takes the address Next's server gave (the last entry)", () => {
    expect(clientIp("127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientIp(null, 0)).toBe("unknown");
  });
});
