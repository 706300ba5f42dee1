import { describe, expect, it } from "vitest";
import {
  auditedChanges,
  HIDDEN_VALUE,
  profileChanges,
  type ProfileValues,
} from "./profile-changes";

const current: ProfileValues = {
  firstName: "Nadia",
  lastName: "Ouellet",
  dateOfBirth: "1990-02-03",
  sex: "female",
  primaryPhone: "(514) 555-0142",
  primaryPhoneType: "mobile",
  secondaryPhone: null,
  secondaryPhoneType: null,
  addressLine: null,
  city: "Montréal",
  province: "QC",
  postalCode: "H2X 1Y4",
  language: "fr",
  healthCardNumber: "OUEN 9002 0312",
};

describe("profileChanges", () => {
  it("is empty when every value is the same", () => {
    expect(profileChanges(current, { ...current })).toEqual({});
  });

  it("holds only the fields that changed, with before and after", () => {
    expect(
      profileChanges(current, {
        ...current,
        primaryPhone: "(438) 555-0199",
        secondaryPhone: "(514) 555-0100",
        secondaryPhoneType: "home",
        city: null,
        language: "en",
      }),
    ).toEqual({
      primaryPhone: { before: "(514) 555-0142", after: "(438) 555-0199" },
      secondaryPhone: { before: null, after: "(514) 555-0100" },
      secondaryPhoneType: { before: null, after: "home" },
      city: { before: "Montréal", after: null },
      language: { before: "fr", after: "en" },
    });
  });

  it("keeps a field left out of the new values as it is", () => {
    const next: Partial<ProfileValues> = { ...current, lastName: "Tremblay" };
    delete next.healthCardNumber;
    expect(profileChanges(current, next)).toEqual({
      lastName: { before: "Ouellet", after: "Tremblay" },
    });
  });
});

describe("auditedChanges", () => {
  it("never copies a health card number, only that it was set, changed or cleared", () => {
    const detail = auditedChanges({
      healthCardNumber: { before: "OUEN 9002 0312", after: "OUEN 9002 0313" },
      firstName: { before: "Nadia", after: "Nadine" },
    });
    expect(detail).toEqual({
      healthCardNumber: { before: HIDDEN_VALUE, after: HIDDEN_VALUE },
      firstName: { before: "Nadia", after: "Nadine" },
    });
    expect(JSON.stringify(detail)).not.toContain("9002");
    expect(auditedChanges({ healthCardNumber: { before: null, after: "X123" } })).toEqual({
      healthCardNumber: { before: null, after: HIDDEN_VALUE },
    });
  });
});
