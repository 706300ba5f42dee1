import { describe, expect, it } from "vitest";
import { ageOfConsent, dayTurning } from "./age-of-consent";

describe("ageOfConsent", () => {
  it("is 14 in Québec and 16 in New Brunswick", () => {
    expect(ageOfConsent("QC")).toBe(14);
    expect(ageOfConsent("qc")).toBe(14);
    expect(ageOfConsent("NB")).toBe(16);
  });
  it("falls back to the default and honours the clinic's override", () => {
    expect(ageOfConsent("ON")).toBe(16);
    expect(ageOfConsent("QC", 15)).toBe(15);
  });
});

describe("dayTurning", () => {
  it("is the birthday in the year the age is reached", () => {
    expect(dayTurning("2011-06-15", 14)).toBe("2025-06-15");
  });
  it("moves a Feb 29 birthday to Mar 1 in a non-leap year", () => {
    expect(dayTurning("2012-02-29", 14)).toBe("2026-03-01");
    expect(dayTurning("2012-02-29", 16)).toBe("2028-02-29");
  });
});
