import { describe, expect, it } from "vitest";
import { emailAddressSchema } from "./address";

describe("emailAddressSchema (AU-17)", () => {
  it("accepts plain addresses and lower-cases them", () => {
    expect(emailAddressSchema.parse("Ann.Smith+portal@Example.COM")).toBe(
      "ann.smith+portal@example.com",
    );
    expect(emailAddressSchema.parse("a@sub.example.test")).toBe("a@sub.example.test");
  });

  it.each([
    "a@example.com\r\nBcc: victim@example.com",
    "a@example.com\n",
    "a@example.com\r",
    "\na@example.com",
    " a@example.com",
    "a@example.com ",
    "Ann <a@example.com>",
    "a@example.com, b@example.com",
    "a@example.com;b@example.com",
    "a..b@example.com",
    ".a@example.com",
    "a@localhost",
    "a@-example.com",
    "é@example.com",
    "a@exämple.com",
    "",
    `${"x".repeat(65)}@example.com`,
    `a@${"x".repeat(250)}.com`,
  ])("refuses %j", (address) => {
    expect(emailAddressSchema.safeParse(address).success).toBe(false);
  });
});
