// The page behind an emailed Confirm/Cancel link, once its button has acted:
// only the new state (its heading, the new status), never the question asked
// before nor the old status above the "done" message.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { AppointmentLinkFlow } from "./link-form";

const answer = vi.hoisted(() => ({ current: { ok: true } as ActionResult }));
// The server action runs on the server; here it answers what each test sets.
vi.mock("@/lib/appointment-link/actions", () => ({
  appointmentLinkAction: async () => answer.current,
}));
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

afterEach(cleanup);
beforeEach(() => {
  answer.current = { ok: true };
});

/** Stands in for the server-rendered summary: the status is what matters here. */
const Summary = ({ status }: { status: string }) => <p data-testid="summary">Status: {status}</p>;

function page(action: "confirm" | "cancel", locale: "en" | "fr" = "en") {
  render(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : fr}
      timeZone="America/Toronto"
    >
      <AppointmentLinkFlow
        token={"t".repeat(43)}
        action={action}
        portalHref="/appointments?profile=p1"
        refusalValues={{ opensAt: "", until: "Saturday, October 31", phone: "514-555-0100" }}
        summary={<Summary status="booked" />}
        summaryAfter={<Summary status={action === "confirm" ? "confirmed" : "cancelled"} />}
      />
    </NextIntlClientProvider>,
  );
}

const messages = { en, fr };

describe("AppointmentLinkFlow", () => {
  for (const locale of ["en", "fr"] as const) {
    const t = messages[locale].appointmentLink;

    it(`cancel (${locale}): asks first; once cancelled, only the cancelled state`, async () => {
      page("cancel", locale);
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t.cancelTitle);
      expect(screen.getByTestId("summary").textContent).toBe("Status: booked");

      fireEvent.click(screen.getByRole("button", { name: t.cancelButton }));

      expect((await screen.findByRole("status")).textContent).toBe(t.done.cancel);
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t.doneTitle.cancel);
      expect(screen.queryByText(t.cancelTitle)).toBeNull();
      expect(screen.queryByText(t.cancelIntro.split("{")[0]!, { exact: false })).toBeNull();
      expect(screen.getAllByTestId("summary").map((s) => s.textContent)).toEqual([
        "Status: cancelled",
      ]);
      expect(screen.queryByRole("button")).toBeNull();
      expect(screen.queryByRole("link", { name: t.back })).toBeNull();
    });

    it(`confirm (${locale}): once confirmed, the confirmed state only`, async () => {
      page("confirm", locale);
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t.confirmTitle);
      fireEvent.click(screen.getByRole("button", { name: t.confirmButton }));
      expect((await screen.findByRole("status")).textContent).toBe(t.done.confirm);
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t.doneTitle.confirm);
      expect(screen.queryByText(t.confirmIntro)).toBeNull();
      expect(screen.getAllByTestId("summary").map((s) => s.textContent)).toEqual([
        "Status: confirmed",
      ]);
    });
  }

  it("a link that died meanwhile shows the problem, not the question nor the old status", async () => {
    answer.current = { ok: false, code: "used" } as ActionResult;
    page("cancel");
    fireEvent.click(screen.getByRole("button", { name: en.appointmentLink.cancelButton }));
    expect((await screen.findByRole("alert")).textContent).toBe(en.appointmentLink.problem.used);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      en.appointmentLink.problemTitle,
    );
    expect(screen.queryByTestId("summary")).toBeNull();
  });
});
