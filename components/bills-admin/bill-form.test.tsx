// The bill form's lines are added and removed with buttons (focus follows),
// and its totals are billAmounts' while the amounts are typed in either format.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { BillForm } from "./bill-form";

vi.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));
vi.mock("@/lib/bills/actions", () => ({ enterBillAction: vi.fn() }));

afterEach(cleanup);

function form() {
  render(
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <BillForm
        profileId="p1"
        defaultReplyRule="none"
        today="2026-12-01"
        taxes={[
          { nameEn: "GST", nameFr: "TPS", ratePpm: 50_000 },
          { nameEn: "QST", nameFr: "TVQ", ratePpm: 99_750 },
        ]}
      />
    </NextIntlClientProvider>,
  );
}

const totals = () => within(screen.getByRole("region", { name: "Totals" }));

describe("BillForm", () => {
  it("adds and removes lines, moving focus, and totals them with the taxes", () => {
    form();
    fireEvent.change(screen.getByLabelText("Amount, line 1"), { target: { value: "95,00" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a line" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Description, line 2"));
    fireEvent.change(screen.getByLabelText("Amount, line 2"), { target: { value: "123.45" } });
    // 218.45 $ + GST 10.92 $ + QST 21.79 $ (rounded half up) = 251.16 $
    expect(totals().getByText("$218.45")).toBeTruthy();
    expect(totals().getByText("$10.92")).toBeTruthy();
    expect(totals().getByText("$21.79")).toBeTruthy();
    expect(totals().getByText("$251.16")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Remove line 2" }));
    expect(screen.queryByLabelText("Amount, line 2")).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText("Description, line 1"));
    expect(totals().getByText("$95.00")).toBeTruthy();
  });
});
