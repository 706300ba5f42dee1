// The three email-change templates: both languages, the secret fields blanked
// once delivered, markup in names escaped (IN-1).
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { redactPayload } from "./registry";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const code = { name: "Zoé Tremblay", code: "042517", expiresInMinutes: 60 };
const link = {
  name: "Zoé Tremblay",
  confirmUrl: "https://portal.example.test/fr/account/email/confirm/tok123",
  expiresInMinutes: 60,
};
const changed = {
  name: "Zoé Tremblay",
  newEmail: "zoe@new.example",
  changedAt: "2026-03-08T15:30:00Z",
  loginUrl: "https://portal.example.test/fr/login",
};

describe("email-change emails", () => {
  for (const locale of ["en", "fr"] as const) {
    const m = locale === "en" ? en : fr;
    it(`render in ${locale}: code to the old address, link to the new one, notice to both`, async () => {
      const c = await renderEmail("email-change-code", code, locale, brand);
      expect(c.subject).toBe(m.emails.emailChangeCode.subject);
      expect(c.text).toContain("042517");
      const l = await renderEmail("email-change-link", link, locale, brand);
      expect(l.subject).toBe(m.emails.emailChangeLink.subject);
      expect(l.text).toContain(link.confirmUrl);
      const n = await renderEmail("email-changed", changed, locale, brand);
      expect(n.subject).toBe(m.emails.emailChanged.subject);
      expect(n.text).toContain("zoe@new.example");
    });
  }

  it("blank the code and the link once delivered, keep the notice", () => {
    expect(redactPayload("email-change-code", code)).toMatchObject({
      code: "[redacted]",
      name: code.name,
    });
    expect(redactPayload("email-change-link", link)).toMatchObject({ confirmUrl: "[redacted]" });
    expect(redactPayload("email-changed", changed)).toEqual(changed);
  });

  it("escape markup in names and refuse a malformed code", async () => {
    const name = `<script>alert(1)</script>`;
    const email = await renderEmail("email-change-link", { ...link, name }, "en", brand);
    expect(email.html).not.toContain("<script>");
    await expect(
      renderEmail("email-change-code", { ...code, code: "12ab56" }, "en", brand),
    ).rejects.toThrow();
  });
});
