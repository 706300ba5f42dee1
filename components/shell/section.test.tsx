// A section is a region landmark named by its own heading, at the level the
// page's outline needs; its actions sit beside the heading, outside it.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Section } from "./section";

afterEach(cleanup);

describe("Section", () => {
  it("is a region named by its h2 heading", () => {
    render(
      <Section heading="Upcoming appointments">
        <p>None</p>
      </Section>,
    );
    const region = screen.getByRole("region", { name: "Upcoming appointments" });
    const heading = within(region).getByRole("heading", { level: 2 });
    expect(heading).toHaveProperty("textContent", "Upcoming appointments");
    expect(region.getAttribute("aria-labelledby")).toBe(heading.id);
    expect(within(region).getByText("None")).toBeTruthy();
  });

  it("takes the level it is given, and a size apart from the level", () => {
    render(<Section heading="Invite" level={3} headingSize="base" />);
    const heading = screen.getByRole("heading", { level: 3, name: "Invite" });
    expect(heading.className).toBe("font-semibold");
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
  });

  it("gives two sections on one page two different names", () => {
    render(
      <>
        <Section heading="Upcoming" />
        <Section heading="History" />
      </>,
    );
    expect(screen.getByRole("region", { name: "Upcoming" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "History" })).toBeTruthy();
  });

  it("puts its actions beside the heading without renaming the region", () => {
    render(
      <Section heading="Sites" actions={<button type="button">Add a site</button>}>
        <p>Body</p>
      </Section>,
    );
    const region = screen.getByRole("region", { name: "Sites" });
    const button = within(region).getByRole("button", { name: "Add a site" });
    const heading = within(region).getByRole("heading", { name: "Sites" });
    expect(heading.contains(button)).toBe(false);
    expect(button.parentElement).toBe(heading.parentElement);
  });
});
