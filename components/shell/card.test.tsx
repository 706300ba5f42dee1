// A card keeps the pages' one box (white, bordered, rounded): with a heading it
// is a named region, without one the element the caller's markup needs.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Card, cardClass } from "./card";

afterEach(cleanup);

const box = ["rounded-lg", "border", "border-gray-200", "bg-white"];

describe("Card", () => {
  it("without a heading is a plain box, not a landmark", () => {
    const { container } = render(<Card>Form</Card>);
    const el = container.firstElementChild as HTMLElement;
    expect(el.tagName).toBe("DIV");
    expect(el.className.split(" ")).toEqual(expect.arrayContaining([...box, "p-4", "sm:p-6"]));
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("with a heading is a region named by it, at the level given", () => {
    render(
      <Card heading="Sign-in details" level={3} headingSize="lg" padding="compact">
        <p>Email</p>
      </Card>,
    );
    const region = screen.getByRole("region", { name: "Sign-in details" });
    expect(region.tagName).toBe("SECTION");
    expect(region.className.split(" ")).toEqual(expect.arrayContaining([...box, "p-4"]));
    expect(within(region).getByRole("heading", { level: 3 }).className).toBe(
      "text-lg font-semibold",
    );
  });

  it("is a list item inside a list, and an empty-list notice as a paragraph", () => {
    render(
      <>
        <ul aria-label="Sites">
          <Card as="li" padding="compact">
            Main site
          </Card>
        </ul>
        <Card as="p" padding="tight" className="text-muted">
          No sites yet.
        </Card>
      </>,
    );
    const list = screen.getByRole("list", { name: "Sites" });
    expect(within(list).getByRole("listitem").textContent).toBe("Main site");
    const notice = screen.getByText("No sites yet.");
    expect(notice.tagName).toBe("P");
    expect(notice.className.split(" ")).toEqual(expect.arrayContaining(["text-muted", "p-3"]));
  });

  it("cardClass gives other elements (a fieldset, a form) the same box", () => {
    expect(cardClass("roomy", "space-y-4").split(" ")).toEqual(["space-y-4", ...box, "p-6"]);
  });
});
