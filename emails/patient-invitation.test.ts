import { describe, expect, it } from "vitest";
import { redactPayload } from "@/emails/registry";
import { renderEmail } from "@/lib/email/render";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  timeZone: "America/Toronto",
};
const data = {
  name: "<b>Élise</b> Roy",
  invitationUrl: "https://portal.example.test/fr/invitation/abcDEF123",
  code: "042917",
  expiresAt: "2026-12-10T15:00:00.000Z",
};

describe("patient invitation email", () => {
  it("gives the link, the code and its expiry, in the recipient's language", async () => {
    const fr = await renderEmail("patient-invitation", data, "fr", brand);
    expect(fr.subject).toBe("Votre invitation au portail patient");
    expect(fr.text).toContain(data.invitationUrl);
    expect(fr.text).toContain("Votre code de clinique\u00a0: 042917");
    expect(fr.text).toContain("10 décembre 2026");
    const en = await renderEmail("patient-invitation", data, "en", brand);
    expect(en.text).toContain("Your clinic code: 042917");
    expect(en.text).toContain("December 10, 2026");
  });

  it("escapes markup in the name (IN-1)", async () => {
    const email = await renderEmail("patient-invitation", data, "en", brand);
    expect(email.html).not.toContain("<b>Élise</b>");
    expect(email.html).toContain("&lt;b&gt;");
  });

  it("blanks the link and the code once delivered", () => {
    expect(redactPayload("patient-invitation", data)).toEqual({
      ...data,
      invitationUrl: "[redacted]",
      code: "[redacted]",
    });
  });
});
