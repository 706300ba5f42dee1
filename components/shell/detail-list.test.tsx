// A detail list is a real <dl>: each term is a <dt> followed by its own <dd>,
// in every layout, so that screen readers announce the pairs; no pairs, no list.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DetailList, type DetailLayout } from "./detail-list";

afterEach(cleanup);

const items = [
  { term: "Site:", detail: "Main site" },
  { term: "Valid from", detail: "From December 1", hiddenTerm: true },
  { term: "Types:", detail: "Check-up, Follow-up", wide: true },
];

/** Each dt's text with the text of the dd that follows it (inside its group, if any). */
function pairs(dl: Element) {
  return [...dl.querySelectorAll("dt")].map((dt) => {
    const dd = dt.nextElementSibling;
    expect(dd?.tagName).toBe("DD");
    return [dt.textContent, dd?.textContent];
  });
}

function list(layout: DetailLayout) {
  const { container } = render(<DetailList layout={layout} items={items} />);
  const dl = container.querySelector("dl");
  expect(dl).not.toBeNull();
  return dl!;
}

describe("DetailList", () => {
  it.each<DetailLayout>(["columns", "inline", "stacked"])(
    "%s: pairs every term with its detail, in order",
    (layout) => {
      expect(pairs(list(layout))).toEqual([
        ["Site:", "Main site"],
        ["Valid from", "From December 1"],
        ["Types:", "Check-up, Follow-up"],
      ]);
    },
  );

  it("columns: terms and details are the grid's own children (no wrapper)", () => {
    const dl = list("columns");
    expect([...dl.children].map((c) => c.tagName)).toEqual(["DT", "DD", "DT", "DD", "DT", "DD"]);
  });

  it("inline: each pair is a <div> group, a wide one spanning both columns", () => {
    const dl = list("inline");
    expect([...dl.children].map((c) => c.tagName)).toEqual(["DIV", "DIV", "DIV"]);
    expect(dl.children[2]?.className).toContain("sm:col-span-2");
    expect(dl.children[0]?.className).not.toContain("sm:col-span-2");
  });

  it("a hidden term is still there for screen readers", () => {
    const dt = list("inline").querySelectorAll("dt")[1]!;
    expect(dt.className).toBe("sr-only");
    expect(dt.textContent).toBe("Valid from");
  });

  it("takes three columns when asked", () => {
    const { container } = render(<DetailList layout="stacked" columns={3} items={items} />);
    const classes = container.querySelector("dl")!.className.split(" ");
    expect(classes).toContain("sm:grid-cols-3");
    expect(classes).not.toContain("sm:grid-cols-2");
  });

  it("renders nothing without items", () => {
    const { container } = render(<DetailList items={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
