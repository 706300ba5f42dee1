// The booking breadcrumb says each choice in words: the "after" date as the
// page's language writes it, in the clinic's time zone (not "2026-12-14"), and
// the emergency reason step as done in text, its check mark only decoration.
// next-intl's server functions are given the real translator and formatter of
// the page's locale: outside a Next request they have no request config.
import { cleanup, render, screen } from "@testing-library/react";
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BookingState } from "@/lib/booking/loaders";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { BookingBreadcrumb } from "./booking-breadcrumb";

const page = vi.hoisted(() => ({ locale: "en" as "en" | "fr" }));
const catalogues = { en, fr };

vi.mock("next-intl/server", () => ({
  getLocale: async () => page.locale,
  getTranslations: async (namespace: "booking") =>
    createTranslator({ locale: page.locale, messages: catalogues[page.locale], namespace }),
  getFormatter: async () => createFormatter({ locale: page.locale }),
}));

afterEach(cleanup);

const TZ = "America/Toronto";
const named = (id: string, nameEn: string, nameFr: string) => ({ id, nameEn, nameFr });

function state(over: Partial<BookingState>): BookingState {
  return {
    flow: "regular",
    profile: { id: "p1", firstName: "Ana", lastName: "Roy", own: true },
    timeZone: TZ,
    today: "2026-12-07",
    query: {},
    siteStep: false,
    step: { name: "when" },
    ...over,
  } as BookingState;
}

async function show(locale: "en" | "fr", s: BookingState) {
  page.locale = locale;
  render(
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]} timeZone={TZ}>
      {await BookingBreadcrumb({ state: s, current: "grid" })}
    </NextIntlClientProvider>,
  );
  return screen.getByRole("navigation");
}

const regular = state({
  specialty: named("s1", "Family medicine", "Médecine familiale"),
  practitioner: {
    id: "pr1",
    title: "Dr.",
    firstName: "Lea",
    lastName: "Tran",
    assigned: false,
    specialties: [],
  },
  type: {
    ...named("t1", "Visit", "Visite"),
    durationMinutes: 15,
    descriptionEn: null,
    descriptionFr: null,
  },
  when: { mode: "after", after: "2026-12-14" },
});

describe("BookingBreadcrumb", () => {
  it("en: the date chosen reads December 14, 2026, never the ISO date", async () => {
    const nav = await show("en", regular);
    expect(nav.textContent).not.toContain("2026-12-14");
    const link = screen.getByRole("link", {
      name: "Change When and reason: From December 14, 2026",
    });
    expect(link.textContent).toBe("From December 14, 2026");
  });

  it("fr: the same date in French", async () => {
    const nav = await show("fr", regular);
    expect(nav.textContent).not.toContain("2026-12-14");
    expect(nav.textContent).toContain("À partir du 14 décembre 2026");
  });

  it("emergency: the reason step is done in words; the check mark is hidden from screen readers", async () => {
    const nav = await show(
      "en",
      state({
        flow: "emergency",
        type: {
          ...named("t2", "Minor emergency", "Urgence mineure"),
          durationMinutes: 15,
          descriptionEn: null,
          descriptionFr: null,
        },
        when: { mode: "asap" },
      }),
    );
    const link = screen.getByRole("link", { name: "Change Reason (step done)" });
    expect(link.textContent).toContain("Reason");
    for (const node of nav.querySelectorAll("*")) {
      const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      if (own.some((n) => n.textContent?.includes("✓")))
        expect(node.closest('[aria-hidden="true"]'), node.outerHTML).not.toBeNull();
    }
    expect(nav.textContent).toContain("✓");
  });
});
