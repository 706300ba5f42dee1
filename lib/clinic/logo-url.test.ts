import { describe, expect, it } from "vitest";
import { logoStorageKey, logoUrl, logoVersion } from "./logo-url";

const sha = "a".repeat(64);

describe("logoUrl", () => {
  it("puts the content hash in the address, relative or under an origin", () => {
    expect(logoUrl(logoStorageKey(sha))).toBe(`/api/clinic/logo?v=${sha}`);
    expect(logoUrl(logoStorageKey(sha), "https://portal.example/")).toBe(
      `https://portal.example/api/clinic/logo?v=${sha}`,
    );
  });

  it("is null without a logo or for a key that is not a logo's", () => {
    expect(logoUrl(null)).toBeNull();
    expect(logoVersion("attachments/abc")).toBeNull();
    expect(logoVersion(`clinic/logo/${sha}.svg`)).toBeNull();
  });
});
