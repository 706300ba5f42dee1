import { describe, expect, it } from "vitest";
import { consentRule, grantState, lapsingGrantsWhere } from "./rules";

const QC = { province: "QC", ageOfConsentOverride: null };

describe("consentRule", () => {
  it("asks for consent from the day the person reaches the clinic's age of consent", () => {
    expect(consentRule("2012-06-15", QC, "2026-06-14")).toEqual({
      lapsesOn: "2026-06-15",
      consentNeeded: false,
    });
    expect(consentRule("2012-06-15", QC, "2026-06-15").consentNeeded).toBe(true);
    expect(
      consentRule("2012-06-15", { province: "ON", ageOfConsentOverride: null }, "2026-06-15"),
    ).toEqual({ lapsesOn: "2028-06-15", consentNeeded: false });
    expect(
      consentRule("2012-06-15", { province: "QC", ageOfConsentOverride: 12 }, "2026-01-01"),
    ).toEqual({ lapsesOn: "2024-06-15", consentNeeded: true });
  });
});

describe("grantState", () => {
  const live = { revokedAt: null, lapsedAt: null, consentRecordedAt: null, lapsesOn: "2026-06-15" };
  it("is revoked, then lapsed (recorded or due), else active", () => {
    expect(grantState(live, "2026-06-14")).toBe("active");
    expect(grantState(live, "2026-06-15")).toBe("lapsed");
    expect(grantState({ ...live, consentRecordedAt: new Date() }, "2026-06-15")).toBe("active");
    expect(grantState({ ...live, lapsedAt: new Date() }, "2026-06-01")).toBe("lapsed");
    expect(grantState({ ...live, revokedAt: new Date(), lapsedAt: new Date() }, "2026-06-15")).toBe(
      "revoked",
    );
  });
});

describe("lapsingGrantsWhere", () => {
  it("takes the days after today up to and including today + 30", () => {
    expect(lapsingGrantsWhere("2026-12-15", 30).accessGrants.some.lapsesOn).toEqual({
      gt: new Date("2026-12-15T00:00:00Z"),
      lte: new Date("2027-01-14T00:00:00Z"),
    });
  });
});
