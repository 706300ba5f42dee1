// proxy.ts and the selected profile: a page load whose URL names a profile
// chooses it (a cookie keeps it), client navigations and prefetches never do,
// and the server always gets the choice as one header, whatever a client sends.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

async function visit(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
  return {
    cookie: response.cookies.get("portal-profile"),
    selected: response.headers.get("x-middleware-request-x-selected-profile"),
  };
}

describe("the selected profile in proxy.ts", () => {
  it("a page load naming a profile selects it: cookie kept, header to the server", async () => {
    const { cookie, selected } = await visit("/en/help?profile=child1");
    expect(selected).toBe("child1");
    expect(cookie).toMatchObject({ value: "child1", httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("otherwise the cookie says which, and nothing is set again", async () => {
    const { cookie, selected } = await visit("/en/help", { cookie: "portal-profile=child2" });
    expect(selected).toBe("child2");
    expect(cookie).toBeUndefined();
  });

  it("a client navigation or prefetch (RSC) naming a profile does not choose it", async () => {
    const { cookie, selected } = await visit("/en/help?profile=child3", {
      rsc: "1",
      cookie: "portal-profile=child2",
    });
    expect(selected).toBe("child2");
    expect(cookie).toBeUndefined();
  });

  it("ignores a malformed id and a header a client sends itself", async () => {
    const { cookie, selected } = await visit("/en/help?profile=a%3Bb", {
      "x-selected-profile": "forged",
    });
    expect(cookie).toBeUndefined();
    expect(selected).toBeNull();
  });
});
