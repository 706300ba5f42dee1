import { describe, expect, it } from "vitest";
import { chooseProfile, requestedProfile } from "./profile-choice";

const own = { profileId: "own1", state: "own" };
const child = { profileId: "child1", state: "granted" };
const teen = { profileId: "teen1", state: "lapsed" };
const profiles = [own, child, teen];

describe("requestedProfile", () => {
  it("takes an id as the portal writes them and nothing else", () => {
    expect(requestedProfile("cmabc123_x-Y")).toBe("cmabc123_x-Y");
    for (const bad of [null, undefined, "", "a b", "x".repeat(65), "a;b", "../x", "é"])
      expect(requestedProfile(bad)).toBeNull();
  });
});

describe("chooseProfile", () => {
  it("keeps a profile the account may use", () => {
    expect(chooseProfile(profiles, "child1")).toBe(child);
    expect(chooseProfile(profiles, "own1")).toBe(own);
  });

  it("falls back to the account's own for a lapsed, revoked (absent) or unknown profile", () => {
    expect(chooseProfile(profiles, "teen1")).toBe(own);
    expect(chooseProfile(profiles, "someone-else")).toBe(own);
    expect(chooseProfile(profiles, null)).toBe(own);
  });

  it("without an own profile, takes the first usable one", () => {
    expect(chooseProfile([teen, child], null)).toBe(child);
    expect(chooseProfile([teen], "teen1")).toBeNull();
  });
});
