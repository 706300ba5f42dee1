import { describe, expect, it } from "vitest";
import { communicationSharedSchema } from "@/emails/communication-shared";
import { renderEmail } from "@/lib/email/render";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const threadUrl = "https://portal.example.test/fr/documents/cm123thread";
const data = { kind: "document" as const, reply: false, patientName: "Élise", threadUrl };

describe("communication shared email", () => {
  it("says what waits for whom and links to the thread, in the recipient's language", async () => {
    const fr = await renderEmail("communication-shared", data, "fr", brand);
    expect(fr.subject).toBe("Nouveau document de Clinique Saint-Laurent");
    expect(fr.text).toContain("un nouveau document pour Élise");
    expect(fr.text).toContain("Voir le document");
    expect(fr.html).toContain(`href="${threadUrl}"`);
    const en = await renderEmail(
      "communication-shared",
      { ...data, kind: "bill", threadUrl: "https://portal.example.test/en/bills/cm123thread" },
      "en",
      brand,
    );
    expect(en.subject).toBe("New invoice from Clinique Saint-Laurent");
    expect(en.text).toContain("a new invoice for Élise");
    expect(en.text).toContain("View the invoice");
    expect(en.html).toContain(`href="https://portal.example.test/en/bills/cm123thread"`);
  });

  it("words a clinic's new entry in a thread as a new message", async () => {
    const en = await renderEmail(
      "communication-shared",
      { ...data, kind: "message", reply: true },
      "en",
      brand,
    );
    expect(en.subject).toBe("New message from Clinique Saint-Laurent in a conversation");
    expect(en.text).toContain("wrote a new message for Élise");
    expect(en.text).toContain("View the message");
  });

  it("has no room for the subject, the text, a file or an amount", () => {
    const leaky = { ...data, subject: "Biopsy results", body: "Your results are…", total: 12_345 };
    expect(communicationSharedSchema.safeParse(leaky).success).toBe(false);
  });

  it("escapes markup in the patient's name (IN-1)", async () => {
    const email = await renderEmail(
      "communication-shared",
      { ...data, patientName: "<b>Élise</b>" },
      "en",
      brand,
    );
    expect(email.html).not.toContain("<b>Élise</b>");
    expect(email.html).toContain("&lt;b&gt;");
  });
});
