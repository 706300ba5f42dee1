// A new block, weekly or extra, starts with no appointment type ticked: staff
// choose what it offers (offering everything put every new practitioner into
// emergency booking). Editing a block shows the types it already has.
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { BlockForm, ExtraBlockForm } from "./availability-forms";

// The server actions are never called here: the test only reads the form's initial state.
vi.mock("@/lib/availability/actions", () => ({
  addExtraBlockAction: vi.fn(),
  addTimeOffAction: vi.fn(),
  createBlockAction: vi.fn(),
  removeBlockAction: vi.fn(),
  removeExceptionAction: vi.fn(),
  updateBlockAction: vi.fn(),
}));

afterEach(cleanup);

const sites = [{ id: "site-1", nameEn: "Main site", nameFr: "Site principal" }];
const types = [
  { id: "visit", nameEn: "Visit", nameFr: "Visite" },
  { id: "minor", nameEn: "Minor emergency", nameFr: "Urgence mineure" },
  { id: "complex", nameEn: "Complex emergency", nameFr: "Urgence complexe" },
];

function renderForm(block?: Parameters<typeof BlockForm>[0]["block"]) {
  render(
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <BlockForm
        practitionerId="pr-1"
        sites={sites}
        types={types}
        timeZone="America/Toronto"
        today="2026-12-07"
        block={block}
      />
    </NextIntlClientProvider>,
  );
  const group = screen.getByRole("group", { name: en.adminAvailability.fields.types });
  return (name: string) =>
    (group.querySelector(`input[value="${name}"]`) as HTMLInputElement).checked;
}

describe("BlockForm", () => {
  it("a new block has no appointment type ticked, emergencies included", () => {
    const checked = renderForm();
    expect(types.map((t) => checked(t.id))).toEqual([false, false, false]);
  });

  it("editing a block ticks exactly its own types", () => {
    const checked = renderForm({
      id: "b1",
      siteId: "site-1",
      weekday: 1,
      startMinute: 540,
      endMinute: 720,
      validFrom: "2026-12-07",
      validUntil: null,
      typeIds: ["minor"],
    });
    expect(types.map((t) => checked(t.id))).toEqual([false, true, false]);
  });
});

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
