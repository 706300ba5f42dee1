// The status badge says the status in words, with a colour that only repeats
// it (WCAG 1.4.1): confirmed green, booked neutral, cancelled red; staff read
// the clinic's own word for a missed visit. Texts come from messages/*.json,
// the words the page would show.
import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import type { AppointmentStatus } from "@/lib/db/enums";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { StatusBadge } from "./status-badge";

afterEach(cleanup);

function badge(
  status: AppointmentStatus,
  options: { audience?: "patient" | "staff"; locale?: "en" | "fr" } = {},
) {
  const locale = options.locale ?? "en";
  const { container } = render(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : fr}
      timeZone="America/Toronto"
    >
      <StatusBadge status={status} audience={options.audience} />
    </NextIntlClientProvider>,
  );
  const el = container.firstElementChild as HTMLElement;
  expect(container.children).toHaveLength(1);
  return { text: el.textContent, classes: el.className.split(/\s+/) };
}

const COLOURS = ["green", "red", "amber"] as const;
/** The colour families a badge's classes use (gray/white/ink count as neutral). */
const coloursOf = (classes: string[]) =>
  COLOURS.filter((c) => classes.some((k) => k.includes(`-${c}-`)));

describe("StatusBadge", () => {
  it("confirmed: green, and says Confirmed", () => {
    const { text, classes } = badge("confirmed");
    expect(text).toBe(en.appointments.status.confirmed);
    expect(classes).toEqual(
      expect.arrayContaining(["border-green-700", "bg-green-50", "text-green-800"]),
    );
    expect(coloursOf(classes)).toEqual(["green"]);
  });

  it("booked: neutral, and says it is not confirmed yet", () => {
    const { text, classes } = badge("booked");
    expect(text).toBe(en.appointments.status.booked);
    expect(classes).toEqual(expect.arrayContaining(["border-gray-500", "bg-white", "text-ink"]));
    expect(coloursOf(classes)).toEqual([]);
  });

  it("cancelled: red, and says Cancelled", () => {
    const { text, classes } = badge("cancelled");
    expect(text).toBe(en.appointments.status.cancelled);
    expect(classes).toEqual(
      expect.arrayContaining(["border-red-700", "bg-red-50", "text-red-800"]),
    );
    expect(coloursOf(classes)).toEqual(["red"]);
  });

  it("completed: neutral, and says Completed; a missed visit: amber, Missed for the patient and No-show for staff", () => {
    const completed = badge("completed");
    expect(completed.text).toBe(en.appointments.status.completed);
    expect(coloursOf(completed.classes)).toEqual([]);
    const missed = badge("noShow");
    expect(missed.text).toBe(en.appointments.status.noShow);
    expect(coloursOf(missed.classes)).toEqual(["amber"]);
    const staff = badge("noShow", { audience: "staff" });
    expect(staff.text).toBe(en.adminBook.status.noShow);
    expect(staff.text).not.toBe(missed.text);
    expect(staff.classes).toEqual(missed.classes);
  });

  it("every status has its own words, in English and in French, so colour is never the only difference", () => {
    const statuses: AppointmentStatus[] = [
      "booked",
      "confirmed",
      "cancelled",
      "completed",
      "noShow",
    ];
    for (const locale of ["en", "fr"] as const) {
      for (const audience of ["patient", "staff"] as const) {
        const texts = statuses.map((s) => badge(s, { locale, audience }).text ?? "");
        expect(
          texts.every((t) => t.trim().length > 0),
          `${locale}/${audience}`,
        ).toBe(true);
        expect(new Set(texts).size, `${locale}/${audience}: ${texts.join(", ")}`).toBe(
          statuses.length,
        );
      }
    }
    expect(badge("confirmed", { locale: "fr" }).text).toBe(fr.appointments.status.confirmed);
    expect(badge("cancelled", { locale: "fr" }).text).toBe(fr.appointments.status.cancelled);
    expect(fr.appointments.status.cancelled).not.toBe(en.appointments.status.cancelled);
  });
});
