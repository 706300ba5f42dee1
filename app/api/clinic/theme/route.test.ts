import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = (query: string) => GET(new Request(`http://localhost/api/clinic/theme${query}`));

describe("GET /api/clinic/theme", () => {
  it("answers the colour's custom properties as CSS, cached for a year", async () => {
    const response = get("?color=0F766E");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toContain("--brand:#0f766e;");
  });

  it("answers 404 for a colour too light for white text, or anything that is not one", async () => {
    for (const query of ["?color=ffff00", "?color=red", "?color=0f766e;}body{display:none", ""])
      expect(get(query).status, query).toBe(404);
  });
});
