// "Confirmed" is said once: a confirmed appointment states it, and right after
// confirming, the notice stays through the page's refresh in place of that
// statement (the two used to show together).
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { AppointmentActions } from "./appointment-actions";

vi.mock("@/lib/appointments/actions", () => ({
  confirmAppointmentAction: vi.fn(async () => ({ ok: true })),
  cancelAppointmentAction: vi.fn(),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

afterEach(cleanup);

const said = () => screen.queryAllByText(en.appointments.actions.confirmed);

function actions(props: { confirmed: boolean; canConfirm: boolean }) {
  return (
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <AppointmentActions
        profileId="p1"
        appointmentId="a1"
        canCancel={false}
        cancelQuestion="Cancel?"
        {...props}
      />
    </NextIntlClientProvider>
  );
}

describe("AppointmentActions", () => {
  it("an appointment already confirmed says so once, with no button", () => {
    render(actions({ confirmed: true, canConfirm: false }));
    expect(said()).toHaveLength(1);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("after confirming, the notice is announced, and the refreshed page still says it once", async () => {
    const { rerender } = render(actions({ confirmed: false, canConfirm: true }));
    expect(said()).toHaveLength(0);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: en.appointments.actions.confirm }));
    });
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      en.appointments.actions.confirmed,
    );
    rerender(actions({ confirmed: true, canConfirm: false }));
    expect(said()).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toBe(en.appointments.actions.confirmed);
  });
});
