// Booking and cancellation emails on a real database, through the app's own
// mutations and the outbox worker into the local mailbox: each managing
// account in its own language (the owner and a proxy holding the
// appointments permission — not a proxy without it), times in the clinic's
// zone, the booked email's .ics at the right local time across the November
// change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import {
  bookAppointment,
  cancelAppointmentAsClinic,
  cancelAppointmentAsPatient,
} from "@/lib/appointments/mutations";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { mailboxTransport } from "@/lib/email/transport";
import { deliverDueEmails } from "@/lib/email/worker";
import { emailClinic, hours } from "./email-fixture";

/** Friday 30 October 2026, 09:00 in Montréal (EDT), two days before the change back to EST. */
const NOW = new Date("2026-10-30T13:00:00Z");
/** Monday 2 November 2026, 09:00 EST. */
const MONDAY_9 = new Date("2026-11-02T14:00:00Z");
let fx: Awaited<ReturnType<typeof emailClinic>>;

beforeAll(async () => {
  fx = await emailClinic(NOW);
  for (let weekday = 1; weekday <= 5; weekday++) {
    await factories.createAvailabilityBlock({
      practitionerId: fx.practitioner.id,
      siteId: fx.site.id,
      weekday,
      from: "08:30",
      to: "12:00",
      validFrom: "2026-10-01",
      typeIds: [fx.type.id],
    });
  }
});
afterAll(() => setClockForTests(undefined));

/** Delivers the queued emails to the mailbox (rows are due at the database's real now()). */
async function deliver() {
  await deliverDueEmails({
    limit: 100,
    now: new Date(Date.now() + 1_000),
    transport: mailboxTransport,
  });
}

const inbox = (to: string, subject?: RegExp) =>
  db()
    .mailboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } })
    .then((all) => all.filter((m) => !subject || subject.test(m.subject)));

describe("booked", () => {
  it("emails the owner (fr) and the proxy with the permission (en), each with an .ics at 09:00 local; not the proxy without it", async () => {
    const owner = { accountId: fx.owner.account.id, role: "patient" as const };
    const result = await bookAppointment(
      {
        profileId: fx.owner.profile.id as AuthorizedProfileId,
        practitionerId: fx.practitioner.id,
        siteId: fx.site.id,
        typeId: fx.type.id,
        startsAt: MONDAY_9,
        reason: "Private reason",
      },
      owner,
      "patient",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await deliver();

    const [fr] = await inbox(fx.owner.account.email, /^Rendez-vous réservé/);
    const [en] = await inbox(fx.proxy.account.email, /^Appointment booked/);
    expect(fr, "owner's booked email").toBeDefined();
    expect(en, "proxy's booked email").toBeDefined();
    expect(await inbox(fx.outsider.account.email)).toHaveLength(0);

    expect(fr!.subject).toMatch(/lundi 2 novembre/);
    expect(fr!.text).toContain("lundi 2 novembre 2026 à 9 h 00 HNE");
    expect(fr!.text).toContain("Clinique du Plateau");
    expect(fr!.text).toContain("Bilan annuel, 30 minutes");
    expect(en!.text).toContain("Monday, November 2, 2026 at 9:00 a.m. EST");
    expect(en!.text).toContain("Plateau clinic — 201-1224 Rue Stanley, Montréal");
    // "See it in the portal" opens the appointment's page, for its profile.
    expect(en!.text).toContain(
      `/en/appointments/${result.data.appointmentId}?profile=${fx.owner.profile.id}`,
    );
    // The reason for the visit stays in the portal.
    expect(en!.text).not.toContain("Private reason");
    // The owner booked: not "the clinic has booked".
    expect(fr!.text).toContain("Vous avez réservé ce rendez-vous pour Sophie Tremblay\u00a0:");
    expect(en!.text).toContain("Sophie Tremblay booked this appointment from the patient portal:");
    expect(en!.text).not.toContain("Clinique Saint-Laurent has booked");

    for (const message of [fr!, en!]) {
      const attachments = message.attachments as {
        filename: string;
        contentType: string;
        content: string;
      }[];
      expect(attachments).toHaveLength(1);
      expect(attachments[0]!.filename).toBe("appointment.ics");
      const ics = attachments[0]!.content;
      expect(ics).toContain("DTSTART;TZID=America/Toronto:20261102T090000");
      expect(ics).toContain("DTEND;TZID=America/Toronto:20261102T093000");
      expect(ics).toContain(
        `UID:${(result as { data: { appointmentId: string } }).data.appointmentId}@`,
      );
      expect(ics).toContain("TZOFFSETTO:-0500");
      expect(ics).toContain("\r\nMETHOD:REQUEST\r\n");
      expect(ics).toContain("\r\nSTATUS:TENTATIVE\r\n");
      expect(ics).toContain("\r\nSEQUENCE:0\r\n");
      expect(ics).not.toContain("Private reason");
    }
  });
});

describe("booked by a proxy or by the clinic", () => {
  const bookAs = (actor: { accountId: string; role: "patient" | "staff" }, startsAt: Date) =>
    bookAppointment(
      {
        profileId: fx.owner.profile.id as AuthorizedProfileId,
        practitionerId: fx.practitioner.id,
        siteId: fx.site.id,
        typeId: fx.type.id,
        startsAt,
        reason: "",
      },
      actor,
      actor.role === "staff" ? "staff" : "patient",
    );
  const latest = async (to: string, subject: RegExp) => (await inbox(to, subject)).at(-1)!.text;

  it("the proxy booked: the owner is told who; the proxy reads that they did", async () => {
    const result = await bookAs(
      { accountId: fx.proxy.account.id, role: "patient" },
      new Date(MONDAY_9.getTime() + hours(24)),
    );
    expect(result.ok).toBe(true);
    await deliver();
    const fr = await latest(fx.owner.account.email, /^Rendez-vous réservé\u00a0: mardi/);
    const en = await latest(fx.proxy.account.email, /^Appointment booked: Tuesday/);
    expect(fr).toContain("Marc Tremblay a réservé ce rendez-vous pour Sophie Tremblay\u00a0:");
    expect(en).toContain("You booked this appointment for Sophie Tremblay:");
    expect(fr).not.toContain("Clinique Saint-Laurent a réservé");
  });

  it("staff booked from the admin: the clinic booked it", async () => {
    const staff = await factories.createStaff();
    const result = await bookAs(
      { accountId: staff.id, role: "staff" },
      new Date(MONDAY_9.getTime() + hours(48)),
    );
    expect(result.ok).toBe(true);
    await deliver();
    const fr = await latest(fx.owner.account.email, /^Rendez-vous réservé\u00a0: mercredi/);
    const en = await latest(fx.proxy.account.email, /^Appointment booked: Wednesday/);
    expect(fr).toContain(
      "Clinique Saint-Laurent a réservé ce rendez-vous pour Sophie Tremblay\u00a0:",
    );
    expect(en).toContain("Clinique Saint-Laurent has booked this appointment for Sophie Tremblay:");
  });
});

describe("cancelled", () => {
  it("by the clinic: the owner and the proxy with the permission get the reason; the proxy without it gets nothing", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(30)));
    const staff = await factories.createStaff();
    expect(
      await cancelAppointmentAsClinic(appt.id, "The doctor is ill.", {
        accountId: staff.id,
        role: "staff",
      }),
    ).toEqual({ ok: true });
    await deliver();

    const [fr] = await inbox(fx.owner.account.email, /^Rendez-vous annulé/);
    const [en] = await inbox(fx.proxy.account.email, /^Appointment cancelled/);
    expect(fr!.text).toContain(
      "Clinique Saint-Laurent a annulé ce rendez-vous de Sophie Tremblay.",
    );
    expect(fr!.text).toContain("Motif de la clinique\u00a0: The doctor is ill.");
    expect(en!.text).toContain("The clinic's reason: The doctor is ill.");
    expect(en!.text).toContain("Saturday, October 31, 2026 at 3:00 p.m. EDT");
    // The calendar file that removes the booking's entry: same UID, higher SEQUENCE.
    const attachments = en!.attachments as { contentType: string; content: string }[];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.contentType).toContain("method=CANCEL");
    const ics = attachments[0]!.content;
    expect(ics).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(ics).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(ics).toContain(`\r\nUID:${appt.id}@`);
    expect(ics).toContain("\r\nSEQUENCE:1\r\n");
    expect(await inbox(fx.outsider.account.email)).toHaveLength(0);
  });

  it("by the patient: the notice says it was cancelled from the portal", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(5 * 24)));
    const before = (await inbox(fx.proxy.account.email, /^Appointment cancelled/)).length;
    const result = await cancelAppointmentAsPatient(
      appt.id,
      fx.owner.profile.id as AuthorizedProfileId,
      { accountId: fx.owner.account.id, role: "patient" },
    );
    expect(result).toEqual({ ok: true });
    await deliver();
    const notices = await inbox(fx.proxy.account.email, /^Appointment cancelled/);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)!.text).toContain("was cancelled from the patient portal");
    expect(notices.at(-1)!.text).not.toContain("The clinic's reason");
    expect(await inbox(fx.outsider.account.email)).toHaveLength(0);
  });

  it("a revoked proxy is no longer told", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(7 * 24)));
    await db().profileAccess.updateMany({
      where: { accountId: fx.proxy.account.id },
      data: { revokedAt: NOW },
    });
    try {
      const before = await db().outboxEmail.count({ where: { to: fx.proxy.account.email } });
      await cancelAppointmentAsPatient(appt.id, fx.owner.profile.id as AuthorizedProfileId, {
        accountId: fx.owner.account.id,
        role: "patient",
      });
      expect(await db().outboxEmail.count({ where: { to: fx.proxy.account.email } })).toBe(before);
      expect(
        await db().outboxEmail.count({
          where: { to: fx.owner.account.email, template: "appointment-cancelled" },
        }),
      ).toBeGreaterThan(0);
    } finally {
      await db().profileAccess.updateMany({
        where: { accountId: fx.proxy.account.id },
        data: { revokedAt: null },
      });
    }
  });
});
