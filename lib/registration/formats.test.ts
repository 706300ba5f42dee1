import { describe, expect, it } from "vitest";
import { ageOn, isBirthDate, normalizePhone, normalizePostalCode } from "./formats";

describe("phone numbers", () => {
  it("accepts common typings and shows one format", () => {
    for (const typed of [
      "5145550123",
      "514-555-0123",
      "514.555.0123",
      "(514) 555-0123",
      "514 555 0123",
      "+1 514 555 0123",
      "1-514-555-0123",
    ]) {
      expect(normalizePhone(typed), typed).toBe("(514) 555-0123");
    }
  });
  it("refuses what is not a 10-digit Canadian number", () => {
    for (const typed of [
      "555-0123",
      "51455501234",
      "014-555-0123",
      "514-055-0123",
      "514-555-01a3",
      "2-514-555-0123",
      "",
    ]) {
      expect(normalizePhone(typed), typed).toBeNull();
    }
  });
});

describe("postal codes", () => {
  it("accepts A1A 1A1 in any case and spacing", () => {
    expect(normalizePostalCode("h2x1y4")).toBe("H2X 1Y4");
    expect(normalizePostalCode(" H2X-1Y4 ")).toBe("H2X 1Y4");
    expect(normalizePostalCode("K1A 0B1")).toBe("K1A 0B1");
  });
  it("refuses letters Canada Post never uses and wrong shapes", () => {
    for (const typed of ["D2X 1Y4", "W2X 1Y4", "H2O 1Y4", "12345", "H2X 1Y", "H2X1Y44", ""]) {
      expect(normalizePostalCode(typed), typed).toBeNull();
    }
  });
});

describe("ages", () => {
  it("counts whole years, the birthday included", () => {
    expect(ageOn("2012-06-15", "2026-06-14")).toBe(13);
    expect(ageOn("2012-06-15", "2026-06-15")).toBe(14);
    expect(ageOn("2012-06-15", "2026-12-01")).toBe(14);
  });
});

describe("dates of birth", () => {
  it("accepts a calendar day from 1900 until today, and refuses the rest", () => {
    expect(isBirthDate("1990-02-03", "2026-12-07")).toBe(true);
    expect(isBirthDate("2026-12-07", "2026-12-07")).toBe(true);
    for (const typed of ["2026-12-08", "1899-12-31", "2023-02-29", "1990-2-3", "03/02/1990", ""])
      expect(isBirthDate(typed, "2026-12-07"), typed).toBe(false);
  });
  it("without today, leaves only the future unchecked", () => {
    expect(isBirthDate("2999-01-01")).toBe(true);
    expect(isBirthDate("2023-02-29")).toBe(false);
  });
});
