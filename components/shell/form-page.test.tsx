// A one-form page: a link back first, then the page's only h1, its intro, and
// the form inside the card.
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { FormPage } from "./form-page";

afterEach(cleanup);

function page(props: Partial<Parameters<typeof FormPage>[0]> = {}) {
  return render(
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <FormPage title="New site" {...props}>
        <form aria-label="Site" />
      </FormPage>
    </NextIntlClientProvider>,
  );
}

describe("FormPage", () => {
  it("links back, then titles the page with its one h1, then holds the form in the card", () => {
    const { container } = page({
      back: { href: "/admin/sites", label: "Back to sites" },
      intro: "Times are in the clinic's time zone.",
    });
    const back = screen.getByRole("link", { name: "Back to sites" });
    expect(back.getAttribute("href")).toBe("/en/admin/sites");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const h1 = screen.getByRole("heading", { level: 1, name: "New site" });
    expect(back.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText("Times are in the clinic's time zone.")).toBeTruthy();
    const form = screen.getByRole("form", { name: "Site" });
    expect(form.parentElement?.className).toContain("rounded-lg");
    expect(container.firstElementChild?.className).toBe("space-y-6");
  });

  it("without a back link or intro shows neither, and keeps a narrow page to reading width", () => {
    const { container } = page({ narrow: true });
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelectorAll("p")).toHaveLength(0);
    expect(container.firstElementChild?.className).toBe("max-w-xl space-y-6");
  });
});
