import { describe, expect, it } from "vitest";
import { isMandatory, registrationErrors, registrationSchema } from "./schema";

const rules = { mandatory: ["secondaryPhone"], minAge: 14, today: "2026-06-15" };
const valid = {
  email: "Pat@Example.com",
  emailConfirm: "pat@example.com ",
  password: "Correct-horse-9",
  passwordConfirm: "Correct-horse-9",
  firstName: "Pat",
  lastName: "Tremblay",
  dateOfBirth: "1990-02-03",
  sex: "",
  primaryPhone: "",
  primaryPhoneType: "mobile",
  secondaryPhone: "514 555 0123",
  secondaryPhoneType: "home",
  addressLine: "",
  city: "",
  province: "",
  postalCode: "",
  language: "fr",
};

describe("registration rules", () => {
  it("accepts a valid form and normalizes it", () => {
    const out = registrationSchema(rules).parse(valid);
    expect(out.email).toBe("pat@example.com");
    expect(out.secondaryPhone).toBe("(514) 555-0123");
    expect(out.primaryPhone).toBeNull();
    expect(out.primaryPhoneType).toBeNull();
    expect(out.sex).toBeNull();
  });
  it("names what to fix, field by field", () => {
    const errors = registrationErrors(rules, {
      ...valid,
      emailConfirm: "other@example.com",
      password: "weak",
      passwordConfirm: "weak2",
      primaryPhone: "555-0123",
      postalCode: "12345",
      firstName: "",
    });
    expect(errors).toEqual({
      emailConfirm: "mismatch",
      password: "passwordPolicy",
      passwordConfirm: "mismatch",
      primaryPhone: "phone",
      postalCode: "postalCode",
      firstName: "required",
    });
  });
  it("takes mandatory fields from the clinic's settings", () => {
    expect(registrationErrors(rules, { ...valid, secondaryPhone: "" })).toEqual({
      secondaryPhone: "required",
    });
    expect(
      registrationErrors({ ...rules, mandatory: [] }, { ...valid, secondaryPhone: "" }),
    ).toEqual({});
    const withAddress = registrationErrors({ ...rules, mandatory: ["address", "sex"] }, valid);
    expect(Object.keys(withAddress).sort()).toEqual([
      "addressLine",
      "city",
      "postalCode",
      "province",
      "sex",
    ]);
    expect(isMandatory("email", [])).toBe(true);
    expect(isMandatory("city", ["address"])).toBe(true);
    expect(isMandatory("city", [])).toBe(false);
  });
  it("refuses a person under the age of consent, from their birthday on", () => {
    expect(registrationErrors(rules, { ...valid, dateOfBirth: "2012-06-16" })).toEqual({
      dateOfBirth: "underAge",
    });
    expect(registrationErrors(rules, { ...valid, dateOfBirth: "2012-06-15" })).toEqual({});
    expect(registrationErrors(rules, { ...valid, dateOfBirth: "2026-06-16" })).toEqual({
      dateOfBirth: "dateOfBirth",
    });
    expect(registrationErrors(rules, { ...valid, dateOfBirth: "2001-02-30" })).toEqual({
      dateOfBirth: "dateOfBirth",
    });
  });
});
