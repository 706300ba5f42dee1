// The error and not-found pages say what to do next; the clinic's number is a
// link to dial where the page has it, and the advice stays without it.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { WhatNext, type WhatNextText } from "./what-next";

afterEach(cleanup);

const text: WhatNextText = {
  title: "Page not found",
  body: "This page does not exist.",
  whatNext: "What you can do",
  back: "Go back",
  home: "Go to the dashboard",
  call: (name) => `Or call ${name}:`,
  callGeneric: "Or call the clinic.",
};

describe("WhatNext", () => {
  it("offers going back, going home and calling the clinic at its number", () => {
    render(
      <WhatNext
        text={text}
        homeHref="/fr/dashboard"
        contact={{ name: "Clinique Saint-Laurent", phone: "514-555-0100" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go back" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to the dashboard" }).getAttribute("href")).toBe(
      "/fr/dashboard",
    );
    expect(screen.getByText("Or call Clinique Saint-Laurent:", { exact: false })).toBeTruthy();
    expect(screen.getByRole("link", { name: "514-555-0100" }).getAttribute("href")).toBe(
      "tel:5145550100",
    );
    expect(screen.queryByText("Or call the clinic.")).toBeNull();
  });

  it("without the clinic's contact gives the generic advice, and no retry unless given one", () => {
    render(<WhatNext text={text} homeHref="/en" contact={null} />);
    expect(screen.getByText("Or call the clinic.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: /^\d/ })).toBeNull();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });
});
