// The appointment emails rendered as the worker renders them: times in the
// clinic's zone in the recipient's language, the .ics attached to the booked
// one, the Confirm link only while unconfirmed, the clinic's reason.
import { describe, expect, it } from "vitest";
import { redactPayload } from "@/emails/registry";
import { renderEmail } from "@/lib/email/render";

const brand = {
  clinicName: "Clinique Saint-Laurent",
  clinicPhone: "514-555-0100",
  clinicEmail: "accueil@clinique.example",
  timeZone: "America/Toronto",
};
// Monday 2 November 2026, the day after the change back to EST: 09:00 local is 14:00Z.
const details = {
  appointmentId: "cm0abc123",
  uidDomain: "portal.example.test",
  patientName: "Léo Tremblay",
  startsAt: "2026-11-02T14:00:00.000Z",
  endsAt: "2026-11-02T14:30:00.000Z",
  timeZone: "America/Toronto",
  practitioner: "Dr. Ada Lovelace",
  specialty: "Family medicine",
  siteName: "Plateau clinic",
  siteAddress: "201-1224 Rue Stanley, Montréal H3B 2S7",
  sitePhone: "514-555-0142",
  virtual: false,
  typeName: "Annual check-up",
  durationMinutes: 30,
  portalUrl: "https://portal.example.test/en/appointments?profile=p1",
};

describe("appointment-booked", () => {
  it("shows the local time in each language and attaches the .ics at 09:00 local", async () => {
    const data = { ...details, bookedAt: "2026-10-20T12:00:00.000Z" };
    const en = await renderEmail("appointment-booked", data, "en", brand);
    expect(en.subject).toMatch(/Monday, November 2.* 9:00/);
    expect(en.text).toContain("Monday, November 2, 2026 at 9:00 a.m. EST");
    expect(en.text).toContain("Dr. Ada Lovelace (Family medicine)");
    expect(en.text).toContain(
      "Plateau clinic — 201-1224 Rue Stanley, Montréal H3B 2S7 — 514-555-0142",
    );
    expect(en.text).toContain("Annual check-up, 30 minutes");
    expect(en.text).toContain(details.portalUrl);
    expect(en.attachments).toHaveLength(1);
    const ics = en.attachments[0]!;
    expect(ics.filename).toBe("appointment.ics");
    expect(ics.contentType).toContain("text/calendar");
    expect(ics.content).toContain("DTSTART;TZID=America/Toronto:20261102T090000");
    expect(ics.content).toContain("UID:cm0abc123@portal.example.test");
    expect(ics.content).toContain("SUMMARY:Annual check-up with Dr. Ada Lovelace");
    expect(ics.content).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(ics.content).toContain("\r\nSTATUS:TENTATIVE\r\n");
    expect(ics.content).toContain("\r\nSEQUENCE:0\r\n");
    expect(ics.content).not.toContain("STATUS:CONFIRMED");

    const fr = await renderEmail("appointment-booked", data, "fr", brand);
    expect(fr.subject).toMatch(/^Rendez-vous réservé\u00a0: lundi 2 novembre à 9 h 00$/);
    expect(fr.text).toContain("lundi 2 novembre 2026 à 9 h 00 HNE");
    expect(fr.attachments[0]!.content).toContain("SUMMARY:Annual check-up avec Dr. Ada Lovelace");
  });

  it("says virtual instead of an address", async () => {
    const en = await renderEmail(
      "appointment-booked",
      { ...details, virtual: true, siteAddress: null, bookedAt: "2026-10-20T12:00:00.000Z" },
      "en",
      brand,
    );
    expect(en.text).toContain("Virtual appointment");
    expect(en.attachments[0]!.content).toContain("LOCATION:Virtual appointment");
  });
});

describe("appointment-booked says who booked", () => {
  const data = { ...details, bookedAt: "2026-10-20T12:00:00.000Z" };
  const intro = async (extra: object, locale: "en" | "fr" = "en") =>
    (await renderEmail("appointment-booked", { ...data, ...extra }, locale, brand)).text;

  it("the recipient themself, the patient, a proxy or the clinic, in each language", async () => {
    expect(await intro({ bookedBy: "you" })).toContain(
      "You booked this appointment for Léo Tremblay:",
    );
    expect(await intro({ bookedBy: "patient" })).toContain(
      "Léo Tremblay booked this appointment from the patient portal:",
    );
    expect(await intro({ bookedBy: "proxy", bookedByName: "Marie Tremblay" })).toContain(
      "Marie Tremblay booked this appointment for Léo Tremblay:",
    );
    expect(await intro({ bookedBy: "clinic" })).toContain(
      "Clinique Saint-Laurent has booked this appointment for Léo Tremblay:",
    );
    expect(await intro({ bookedBy: "you" }, "fr")).toContain(
      "Vous avez réservé ce rendez-vous pour Léo Tremblay\u00a0:",
    );
    expect(await intro({ bookedBy: "proxy", bookedByName: "Marie Tremblay" }, "fr")).toContain(
      "Marie Tremblay a réservé ce rendez-vous pour Léo Tremblay\u00a0:",
    );
  });

  it("never says the clinic booked what a patient booked", async () => {
    for (const bookedBy of ["you", "patient", "proxy"])
      expect(await intro({ bookedBy, bookedByName: "Marie Tremblay" })).not.toContain(
        "Clinique Saint-Laurent has booked",
      );
    // A row queued before the field existed names nobody.
    expect(await intro({})).toContain("This appointment is booked for Léo Tremblay:");
  });
});

describe("appointment-cancelled", () => {
  const data = {
    ...details,
    cancelledBy: "clinic" as const,
    cancelReason: "The doctor is ill.",
    bookAgainUrl: "https://portal.example.test/en/appointments?profile=p1",
  };
  it("says who cancelled, with the clinic's reason, and links to book again", async () => {
    const en = await renderEmail("appointment-cancelled", data, "en", brand);
    expect(en.text).toContain(
      "Clinique Saint-Laurent has cancelled this appointment for Léo Tremblay.",
    );
    expect(en.text).toContain("The clinic's reason: The doctor is ill.");
    expect(en.text).toContain("Book an appointment");
    // A row queued before cancelledAt existed has no calendar file.
    expect(en.attachments).toEqual([]);
    const byPatient = await renderEmail(
      "appointment-cancelled",
      { ...data, cancelledBy: "patient", cancelReason: null },
      "fr",
      brand,
    );
    expect(byPatient.text).toContain("a été annulé à partir du portail patient");
  });

  it("attaches a CANCEL .ics with the booking's UID and a higher SEQUENCE", async () => {
    const booked = await renderEmail(
      "appointment-booked",
      { ...details, bookedAt: "2026-10-20T12:00:00.000Z" },
      "en",
      brand,
    );
    const cancelled = await renderEmail(
      "appointment-cancelled",
      { ...data, cancelledAt: "2026-10-25T12:00:00.000Z", calendarSequence: 1 },
      "fr",
      brand,
    );
    expect(cancelled.text).toContain("le retire de votre agenda");
    expect(cancelled.attachments).toHaveLength(1);
    const ics = cancelled.attachments[0]!;
    expect(ics.contentType).toContain("method=CANCEL");
    expect(ics.content).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(ics.content).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(ics.content).toContain("\r\nDTSTAMP:20261025T120000Z\r\n");
    const uid = (c: string) => /\r\nUID:([^\r]+)\r\n/.exec(c)?.[1];
    const seq = (c: string) => Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(c)?.[1]);
    expect(uid(ics.content)).toBe("cm0abc123@portal.example.test");
    expect(uid(ics.content)).toBe(uid(booked.attachments[0]!.content));
    // The clinic organizes both (iTIP wants an ORGANIZER on REQUEST and CANCEL).
    for (const c of [ics.content, booked.attachments[0]!.content])
      expect(c).toContain(
        '\r\nORGANIZER;CN="Clinique Saint-Laurent":mailto:accueil@clinique.example\r\n',
      );
    expect(seq(ics.content)).toBeGreaterThan(seq(booked.attachments[0]!.content));
  });
});

describe("appointment-reminder", () => {
  const data = {
    ...details,
    confirmed: false,
    confirmUrl:
      "https://portal.example.test/en/appointment-link/CONFIRMtoken0123456789abcdefghijklmnopqrstu",
    cancelUrl:
      "https://portal.example.test/en/appointment-link/CANCELtoken0123456789abcdefghijklmnopqrstuv",
    cancelUntil: "2026-10-31T13:00:00.000Z",
  };
  it("offers Confirm and Cancel while unconfirmed, only Cancel once confirmed", async () => {
    const en = await renderEmail("appointment-reminder", data, "en", brand);
    expect(en.text).toContain(data.confirmUrl);
    expect(en.text).toContain(data.cancelUrl);
    expect(en.text.indexOf(data.confirmUrl)).toBeLessThan(en.text.indexOf(data.cancelUrl));
    expect(en.text).toContain("until Saturday, October 31, 2026 at 9:00 a.m. EDT");
    const confirmed = await renderEmail(
      "appointment-reminder",
      { ...data, confirmed: true, confirmUrl: null },
      "fr",
      brand,
    );
    expect(confirmed.text).not.toContain("CONFIRMtoken");
    expect(confirmed.text).toContain("Ce rendez-vous est confirmé.");
  });

  it("past the online cut-off: no Cancel link, no past date, call the clinic (en and fr)", async () => {
    const late = { ...data, cancelUrl: null, cancelUntil: null };
    for (const [locale, phrase, absent] of [
      [
        "en",
        "If you cannot come, please call the clinic at 514-555-0100. It is too late to cancel online.",
        "can be cancelled online until",
      ],
      [
        "fr",
        "Si vous ne pouvez pas venir, veuillez téléphoner à la clinique au 514-555-0100. Il est trop tard pour annuler en ligne.",
        "peut être annulé en ligne jusqu",
      ],
    ] as const) {
      const email = await renderEmail("appointment-reminder", late, locale, brand);
      expect(email.text).toContain(phrase);
      expect(email.text).not.toContain(absent);
      expect(email.text).not.toContain("CANCELtoken");
      expect(email.html).not.toContain("CANCELtoken");
      expect(email.text).not.toMatch(/Cancel the appointment|Annuler le rendez-vous/);
      // The Confirm link is still offered.
      expect(email.text).toContain(data.confirmUrl);
    }
    // Before the cut-off: the Cancel link and its date, no "too late".
    for (const locale of ["en", "fr"] as const) {
      const email = await renderEmail("appointment-reminder", data, locale, brand);
      expect(email.text).toContain(data.cancelUrl);
      expect(email.text).not.toMatch(/too late to cancel|trop tard pour annuler/);
    }
    expect((await renderEmail("appointment-reminder", data, "fr", brand)).text).toContain(
      "jusqu’au samedi 31 octobre 2026",
    );
    // Without a clinic phone, the site's.
    expect(
      (await renderEmail("appointment-reminder", late, "en", { ...brand, clinicPhone: null })).text,
    ).toContain("please call the clinic at 514-555-0142");
  });

  it("attaches the .ics: TENTATIVE while unconfirmed, CONFIRMED once confirmed", async () => {
    const remindedAt = "2026-10-30T14:00:00.000Z";
    const tentative = await renderEmail(
      "appointment-reminder",
      { ...data, remindedAt },
      "en",
      brand,
    );
    expect(tentative.attachments).toHaveLength(1);
    expect(tentative.attachments[0]!.content).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(tentative.attachments[0]!.content).toContain("\r\nSTATUS:TENTATIVE\r\n");
    expect(tentative.attachments[0]!.content).toContain("UID:cm0abc123@portal.example.test");
    const confirmed = await renderEmail(
      "appointment-reminder",
      { ...data, confirmed: true, confirmUrl: null, remindedAt, calendarSequence: 1 },
      "fr",
      brand,
    );
    expect(confirmed.attachments[0]!.content).toContain("\r\nSTATUS:CONFIRMED\r\n");
    expect(confirmed.attachments[0]!.content).toContain("\r\nSEQUENCE:1\r\n");
    // Never a link token in the file (attachments are kept as sent).
    expect(confirmed.attachments[0]!.content).not.toContain("token0123");
    expect(tentative.attachments[0]!.content).not.toContain("token0123");
  });

  it("shows the clinic's note for the visit, as text (IN-1), and nothing when there is none", async () => {
    const note = "Bring your <b>vaccination</b> card.";
    const fr = await renderEmail(
      "appointment-reminder",
      { ...data, clinicNote: note },
      "fr",
      brand,
    );
    expect(fr.text).toContain(`Note de la clinique pour cette visite\u00a0: ${note}`);
    expect(fr.html).not.toContain("<b>vaccination</b>");
    expect(fr.html).toContain("&lt;b&gt;vaccination");
    const en = await renderEmail("appointment-reminder", data, "en", brand);
    expect(en.text).not.toContain("The clinic's note");
    // A row queued before the field existed still renders.
    expect(
      (await renderEmail("appointment-reminder", { ...data, clinicNote: null }, "en", brand)).text,
    ).not.toContain("note for this visit");
  });

  it("keeps the link tokens out of the outbox once delivered", () => {
    const redacted = redactPayload("appointment-reminder", data);
    expect(JSON.stringify(redacted)).not.toContain("token0123");
  });
});
