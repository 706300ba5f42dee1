// The weekly editor in the browser's place: existing ranges show their own
// types, a new range starts with none ticked, and "copy this day to…" gives
// the ticked days the same ranges and types (as form fields the action reads).
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { parseWeekForm } from "@/lib/availability/week";
import { WeekEditor } from "./week-editor";

// The server action is never called here: the tests read the form's fields.
vi.mock("@/lib/availability/actions", () => ({ saveWeekAction: vi.fn() }));

afterEach(cleanup);

const types = [
  { id: "visit", nameEn: "Visit", nameFr: "Visite" },
  { id: "minor", nameEn: "Minor emergency", nameFr: "Urgence mineure" },
];
const week = { validFrom: "2031-02-01", validUntil: null };

function renderEditor() {
  render(
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <WeekEditor
        practitionerId="pr-1"
        siteId="site-1"
        types={types}
        blocks={[{ weekday: 1, start: 540, end: 720, typeIds: ["minor"], ...week }]}
        validFrom="2031-02-01"
        validUntil={null}
        timeZone="America/Toronto"
      />
    </NextIntlClientProvider>,
  );
  const form = document.querySelector("form")!;
  const day = (name: string) =>
    within(screen.getByRole("listitem", { name })) as ReturnType<typeof within>;
  const fields = () => {
    const raw: Record<string, string | string[]> = {};
    for (const [k, v] of new FormData(form).entries()) {
      const prev = raw[k];
      raw[k] = prev === undefined ? String(v) : [prev, String(v)].flat();
    }
    return parseWeekForm(raw);
  };
  return { day, fields };
}

describe("WeekEditor", () => {
  it("shows the saved range with its own types; a new range has none ticked", () => {
    const { day } = renderEditor();
    const monday = day("Monday");
    expect(monday.getByLabelText(/^Start time/)).toHaveProperty("value", "09:00");
    expect(monday.getByRole("checkbox", { name: "Minor emergency" })).toHaveProperty(
      "checked",
      true,
    );
    expect(monday.getByRole("checkbox", { name: "Visit" })).toHaveProperty("checked", false);
    const tuesday = day("Tuesday");
    expect(tuesday.getByText(en.adminAvailability.week.closed)).toBeTruthy();
    fireEvent.click(tuesday.getByRole("button", { name: /^Add a time range/ }));
    expect(
      tuesday.getAllByRole("checkbox").map((b: HTMLElement) => (b as HTMLInputElement).checked),
    ).toEqual([false, false]);
  });

  it("copies Monday, as typed, to the ticked days only", () => {
    const { day, fields } = renderEditor();
    const monday = day("Monday");
    fireEvent.change(monday.getByLabelText(/^End time/), { target: { value: "11:30" } });
    fireEvent.click(monday.getByRole("checkbox", { name: "Visit" }));
    fireEvent.click(monday.getByRole("button", { name: "Copy Monday to other days…" }));
    fireEvent.click(monday.getByRole("checkbox", { name: "Tuesday" }));
    fireEvent.click(monday.getByRole("checkbox", { name: "Friday" }));
    fireEvent.click(monday.getByRole("button", { name: "Copy Monday" }));
    expect(monday.getByRole("status").textContent).toBe(
      "Monday copied to Tuesday, Friday. Save the week to keep it.",
    );
    const range = { start: 540, end: 690, typeIds: ["visit", "minor"] };
    const parsed = fields();
    expect(parsed.ok && parsed.value.days).toEqual([[], [range], [range], [], [], [range], []]);
  });
});
