// The compose form posts to the upload route; a refusal shows the translated
// code beside its field and keeps what was typed and the files chosen.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { ComposeForm } from "./compose-form";

const push = vi.fn();
vi.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push }) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  push.mockReset();
});

function form() {
  render(
    <NextIntlClientProvider locale="en" messages={en} timeZone="America/Toronto">
      <ComposeForm profileId="p1" kinds={["message", "document"]} defaultReplyRule="once" />
    </NextIntlClientProvider>,
  );
}

function fill() {
  fireEvent.change(screen.getByLabelText(/Subject/), { target: { value: "Your form" } });
  fireEvent.change(screen.getByRole("textbox", { name: /^Message/ }), {
    target: { value: "Please bring it." },
  });
  fireEvent.click(screen.getByLabelText("Document (Inbox and Documents)"));
  const input = screen.getByLabelText(/PDF files/) as HTMLInputElement;
  const file = new File(["MZ..."], "invoice.pdf", { type: "application/pdf" });
  fireEvent.change(input, { target: { files: [file] } });
  return input;
}

describe("ComposeForm", () => {
  it("starts on the clinic's reply rule", () => {
    form();
    expect((screen.getByLabelText("Once") as HTMLInputElement).checked).toBe(true);
  });

  it("shows notPdf beside the files and keeps the subject, the text and the file", async () => {
    const fetch = vi.fn(async () =>
      Response.json({ ok: false, code: "invalid", fields: { files: "notPdf" } }, { status: 400 }),
    );
    vi.stubGlobal("fetch", fetch);
    form();
    const input = fill();
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await screen.findByText(en.adminCommunications.errors.notPdf);
    expect(screen.getByRole("alert").textContent).toBe(en.adminCommunications.errors.invalid);
    expect(fetch).toHaveBeenCalledWith("/api/admin/patients/p1/communications", expect.anything());
    expect((screen.getByLabelText(/Subject/) as HTMLInputElement).value).toBe("Your form");
    expect((screen.getByRole("textbox", { name: /^Message/ }) as HTMLTextAreaElement).value).toBe(
      "Please bring it.",
    );
    expect(input.files?.[0]?.name).toBe("invoice.pdf");
    expect(push).not.toHaveBeenCalled();
  });

  it("reads the proxy's plain-text 413 as tooLarge, and goes to the patient on success", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("Payload Too Large", { status: 413 })),
    );
    form();
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await screen.findByText(en.adminCommunications.errors.tooLarge);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json({ ok: true, data: { communicationId: "c1" } }, { status: 201 }),
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() =>
      expect(push).toHaveBeenCalledWith("/admin/patients/p1/communications?sent=1"),
    );
  });
});
