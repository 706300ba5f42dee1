// A catalog list page: its h1 and "add" link (texts of its list in adminCatalog), then a list named like the page
// whose rows are cards (an h2 link to edit, the facts as term/detail pairs),
// or one notice when the list is empty.
import { cleanup, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { CatalogCard, CatalogListPage } from "./list-parts";

afterEach(cleanup);

function page(count: number, locale: "en" | "fr" = "en") {
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : fr}
      timeZone="America/Toronto"
    >
      <CatalogListPage list="sites" count={count}>
        {count > 0 && (
          <CatalogCard
            href="/admin/sites/s1"
            name="Main site"
            editLabel="Edit Main site"
            facts={[
              ["Kind", "Physical"],
              ["Phone", "514-555-0123"],
            ]}
          />
        )}
      </CatalogListPage>
    </NextIntlClientProvider>,
  );
}

describe("CatalogListPage", () => {
  it("titles the page and offers the add link", () => {
    page(1);
    expect(screen.getByRole("heading", { level: 1, name: "Sites" })).toBeTruthy();
    expect(screen.getByRole("link", { name: en.adminCatalog.sites.new }).getAttribute("href")).toBe(
      "/en/admin/sites/new",
    );
  });

  it("lists rows as cards: an h2 edit link and labelled term/detail pairs", () => {
    page(1);
    const list = screen.getByRole("list", { name: "Sites" });
    const row = within(list).getByRole("listitem");
    const h2 = within(row).getByRole("heading", { level: 2 });
    expect(within(h2).getByRole("link", { name: "Edit Main site" }).textContent).toBe("Main site");
    const terms = [...row.querySelectorAll("dt")].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(terms).toEqual([
      ["Kind:", "Physical"],
      ["Phone:", "514-555-0123"],
    ]);
  });

  it("labels the terms in Québec French (a non-breaking space before the colon)", () => {
    page(1, "fr");
    expect(screen.getAllByRole("term")[0]?.textContent).toBe("Kind\u00a0:");
  });

  it("shows one notice instead of an empty list", () => {
    page(0);
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.getByText(en.adminCatalog.sites.empty).tagName).toBe("P");
  });
});
