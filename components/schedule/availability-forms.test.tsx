// A new extra block starts with no appointment type ticked: staff choose what
// it offers (offering everything put every new practitioner into emergency
// booking). The weekly ranges do the same: week-editor.test.tsx.
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { ExtraBlockForm } from "./availability-forms";

// The server actions are never called here: the test only reads the form's initial state.
vi.mock("@/lib/availability/actions", () => ({
  addExtraBlockAction: vi.fn(),
  addTimeOffAction: vi.fn(),
  removeExceptionAction: vi.fn(),
}));

afterEach(cleanup);

const sites = [{ id: "site-1", nameEn: "Main site", nameFr: "Site principal" }];
const types = [
  { id: "visit", nameEn: "Visit", nameFr: "Visite" },
  { id: "minor", nameEn: "Minor emergency", nameFr: "Urgence mineure" },
  { id: "complex", nameEn: "Complex emergency", nameFr: "Urgence complexe" },
];

describe("ExtraBlockForm", () => {
  it("offers the practitioner's types, none ticked", () => {
    render(
      <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
        <ExtraBlockForm
          practitionerId="pr-1"
          sites={sites}
          types={types}
          timeZone="America/Toronto"
          today="2026-12-07"
        />
      </NextIntlClientProvider>,
    );
    const group = screen.getByRole("group", { name: en.adminAvailability.fields.types });
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input[name="typeIds"]')];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual([
      ["visit", false],
      ["minor", false],
      ["complex", false],
    ]);
  });
});
