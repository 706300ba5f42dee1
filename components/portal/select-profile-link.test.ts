import { describe, expect, it } from "vitest";
import { profileHref } from "./select-profile-link";

describe("profileHref", () => {
  it("names the profile in the query, before the fragment", () => {
    expect(profileHref("en", "child 1")).toBe("/en/dashboard?profile=child%201");
    expect(profileHref("fr", "p2", "/appointments?open=a2#appointment-a2")).toBe(
      "/fr/appointments?open=a2&profile=p2#appointment-a2",
    );
  });
});
