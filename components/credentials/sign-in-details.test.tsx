// The sign-in details pair "Email" and "Password" with their values; each
// change link says, to a screen reader, which detail it changes.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SignInDetails } from "./sign-in-details";

afterEach(cleanup);

const labels = { email: "Email", password: "Password" };

describe("SignInDetails", () => {
  it("pairs each label with its value and its change link", () => {
    const { container } = render(
      <SignInDetails
        labels={labels}
        email="ana@example.com"
        password="Changed on December 1, 2026"
        emailEdit={{ href: "/en/account/email", label: "Edit", what: "change your email" }}
        passwordEdit={{ href: "/en/account/password", label: "Edit", what: "change your password" }}
      />,
    );
    const dts = [...container.querySelectorAll("dl > dt")];
    expect(dts.map((dt) => dt.textContent)).toEqual(["Email", "Password"]);
    expect(dts[0]?.nextElementSibling?.tagName).toBe("DD");
    expect(dts[0]?.nextElementSibling?.textContent).toContain("ana@example.com");
    expect(dts[1]?.nextElementSibling?.textContent).toContain("Changed on December 1, 2026");
    expect(screen.getByRole("link", { name: /change your email/ }).getAttribute("href")).toBe(
      "/en/account/email",
    );
    expect(screen.getByRole("link", { name: /change your password/ }).getAttribute("href")).toBe(
      "/en/account/password",
    );
  });

  it("shows no link for a detail changed elsewhere on the page", () => {
    render(
      <SignInDetails
        labels={labels}
        email="staff@example.com"
        password="Never changed"
        emailEdit={{ href: "/en/admin/account/email", label: "Change", what: "your email" }}
      />,
    );
    expect(screen.getAllByRole("link")).toHaveLength(1);
  });
});
