// Confirm/Cancel links of the reminder emails on a real database
// (SECURITY.md AU-18, AU-19): a GET (inspect) changes nothing; the POST acts
// once; concurrent uses make one transition; a token acts only on its own
// appointment and action; it dies with the appointment; the clinic's windows
// apply and a refused use does not burn the link. A proxy's link stops acting
// once the proxy's grant no longer covers appointments: permission turned off,
// grant revoked, or lapsed when the child reached the age of consent (AC-3..5).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actOnAppointmentLink, inspectAppointmentLink } from "@/lib/appointments/link-tokens";
import { cancelAppointmentAsClinic } from "@/lib/appointments/mutations";
import { issueAppointmentLinkToken } from "@/lib/appointments/notify";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import {
  createAppointment,
  createPractitioner,
  createProfile,
  grantAccess,
} from "@/lib/demo/factories";
import { hashSecret } from "@/lib/tokens/secret";
import { emailClinic, hours } from "./email-fixture";

/** Friday 30 October 2026, 09:00 in Montréal (EDT). */
const NOW = new Date("2026-10-30T13:00:00Z");
let fx: Awaited<ReturnType<typeof emailClinic>>;

beforeAll(async () => {
  fx = await emailClinic(NOW);
});
afterAll(() => setClockForTests(undefined));

async function link(
  appointmentId: string,
  action: "confirm" | "cancel",
  accountId = fx.owner.account.id,
  expiresAt?: Date,
) {
  const appt = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
  return issueAppointmentLinkToken(db(), {
    appointmentId,
    accountId,
    action,
    expiresAt: expiresAt ?? appt.startsAt,
  });
}

const statusOf = async (id: string) =>
  (await db().appointment.findUniqueOrThrow({ where: { id } })).status;
const request = { ip: "203.0.113.7", userAgent: "vitest", requestId: "req-link" };

describe("issuing", () => {
  it("stores only the SHA-256 of a 256-bit secret", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(36)));
    const secret = await link(appt.id, "confirm");
    expect(Buffer.from(secret, "base64url").length).toBeGreaterThanOrEqual(32);
    const rows = await db().appointmentLinkToken.findMany({ where: { appointmentId: appt.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
});

describe("GET (inspect) and POST (act)", () => {
  it("inspecting changes nothing; the POST confirms once, as the link's account, via email", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(36)));
    const secret = await link(appt.id, "confirm");
    for (let i = 0; i < 3; i++) expect((await inspectAppointmentLink(secret)).state).toBe("valid");
    expect(await statusOf(appt.id)).toBe("booked");
    expect(
      (
        await db().appointmentLinkToken.findFirstOrThrow({
          where: { tokenHash: hashSecret(secret) },
        })
      ).usedAt,
    ).toBeNull();

    expect(await actOnAppointmentLink(secret, "confirm", request)).toEqual({ ok: true });
    const after = await db().appointment.findUniqueOrThrow({ where: { id: appt.id } });
    expect(after.status).toBe("confirmed");
    expect(after.confirmedAt?.toISOString()).toBe(NOW.toISOString());
    const audit = await db().auditEvent.findMany({
      where: { resourceId: appt.id, action: "confirm" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorAccountId: fx.owner.account.id,
      ip: "203.0.113.7",
      detail: { via: "email" },
    });

    expect(await actOnAppointmentLink(secret, "confirm", request)).toMatchObject({
      ok: false,
      code: "used",
    });
    expect((await inspectAppointmentLink(secret)).state).toBe("used");
  });

  it("concurrent POSTs of one link (a double click, two tabs) make one transition", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(60)));
    const secret = await link(appt.id, "cancel");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => actOnAppointmentLink(secret, "cancel", request)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "used")).toBe(true);
    expect(await statusOf(appt.id)).toBe("cancelled");
    expect(await db().auditEvent.count({ where: { resourceId: appt.id, action: "cancel" } })).toBe(
      1,
    );
    // One cancellation notice per managing account, not two.
    expect(
      await db().outboxEmail.count({
        where: { to: fx.owner.account.email, template: "appointment-cancelled" },
      }),
    ).toBe(1);
  });

  it("two concurrent POSTs of two links (confirm and cancel) of one appointment end in one consistent state", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(60)));
    const [confirm, cancel] = [
      await link(appt.id, "confirm"),
      await link(appt.id, "cancel", fx.proxy.account.id),
    ];
    await Promise.all([
      actOnAppointmentLink(confirm, "confirm", request),
      actOnAppointmentLink(cancel, "cancel", request),
    ]);
    const row = await db().appointment.findUniqueOrThrow({ where: { id: appt.id } });
    // Either confirmed-then-cancelled or cancelled (the confirm refused): never booked, never half-done.
    expect(row.status).toBe("cancelled");
    expect(row.cancelledByAccountId).toBe(fx.proxy.account.id);
  });
});

describe("binding", () => {
  it("a token for appointment A never acts on B, and a confirm link never cancels", async () => {
    const a = await fx.appointment(new Date(NOW.getTime() + hours(60)));
    const b = await fx.appointment(new Date(NOW.getTime() + hours(61)));
    const confirmA = await link(a.id, "confirm");
    expect(await actOnAppointmentLink(confirmA, "cancel", request)).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await statusOf(a.id)).toBe("booked");
    expect(await actOnAppointmentLink(confirmA, "confirm", request)).toEqual({ ok: true });
    expect(await statusOf(a.id)).toBe("confirmed");
    expect(await statusOf(b.id)).toBe("booked");
  });

  it("unknown, malformed and revoked-proxy links are invalid", async () => {
    expect((await inspectAppointmentLink("A".repeat(43))).state).toBe("invalid");
    expect((await inspectAppointmentLink("../../etc")).state).toBe("invalid");
    expect(await actOnAppointmentLink("A".repeat(43), "confirm", request)).toMatchObject({
      ok: false,
      code: "invalid",
    });

    const appt = await fx.appointment(new Date(NOW.getTime() + hours(40)));
    const secret = await link(appt.id, "confirm", fx.proxy.account.id);
    expect((await inspectAppointmentLink(secret)).state).toBe("valid");
    await db().profileAccess.updateMany({
      where: { accountId: fx.proxy.account.id },
      data: { revokedAt: NOW },
    });
    try {
      expect((await inspectAppointmentLink(secret)).state).toBe("invalid");
      expect(await actOnAppointmentLink(secret, "confirm", request)).toMatchObject({
        ok: false,
        code: "invalid",
      });
      expect(await statusOf(appt.id)).toBe("booked");
    } finally {
      await db().profileAccess.updateMany({
        where: { accountId: fx.proxy.account.id },
        data: { revokedAt: null },
      });
    }
  });
});

describe("a proxy's link follows the proxy's grant", () => {
  /** Nothing happened to the appointment, the link is unused, and no change was audited. */
  async function untouched(appointmentId: string, secret: string) {
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } }),
    ).toMatchObject({ status: "booked", confirmedAt: null, cancelledAt: null });
    expect(
      (
        await db().appointmentLinkToken.findFirstOrThrow({
          where: { tokenHash: hashSecret(secret) },
        })
      ).usedAt,
    ).toBeNull();
    expect(
      await db().auditEvent.count({
        where: { resourceId: appointmentId, action: { in: ["confirm", "cancel"] } },
      }),
    ).toBe(0);
  }

  it("the appointments permission turned off after the email: confirm and cancel links no longer act", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(60)));
    const confirm = await link(appt.id, "confirm", fx.proxy.account.id);
    const cancel = await link(appt.id, "cancel", fx.proxy.account.id);
    expect((await inspectAppointmentLink(confirm)).state).toBe("valid");
    expect((await inspectAppointmentLink(cancel)).state).toBe("valid");
    const grant = { accountId: fx.proxy.account.id, profileId: fx.owner.profile.id };
    await db().profileAccess.updateMany({ where: grant, data: { canAppointments: false } });
    try {
      expect((await inspectAppointmentLink(confirm)).state).toBe("invalid");
      expect(await actOnAppointmentLink(confirm, "confirm", request)).toMatchObject({
        ok: false,
        code: "invalid",
      });
      expect(await actOnAppointmentLink(cancel, "cancel", request)).toMatchObject({
        ok: false,
        code: "invalid",
      });
      await untouched(appt.id, confirm);
      expect(
        (
          await db().appointmentLinkToken.findFirstOrThrow({
            where: { tokenHash: hashSecret(cancel) },
          })
        ).usedAt,
      ).toBeNull();
    } finally {
      await db().profileAccess.updateMany({ where: grant, data: { canAppointments: true } });
    }
  });

  it("a grant that lapsed when the child turned 14 (Québec): the link emailed before no longer acts", async () => {
    // Turns 14 on Monday 2 November 2026; the visit is on Saturday 7 November, cancellable until the 5th.
    const child = await createProfile(fx.clinic.id, {
      firstName: "Léa",
      dateOfBirth: "2012-11-02",
    });
    await grantAccess({
      accountId: fx.proxy.account.id,
      profileId: child.id,
      tabs: ["appointments", "messages"],
    });
    const doctor = await createPractitioner(fx.clinic.id, { siteIds: [fx.site.id] });
    const appt = await createAppointment({
      profileId: child.id,
      practitionerId: doctor.id,
      siteId: fx.site.id,
      typeId: fx.type.id,
      startsAt: new Date(NOW.getTime() + hours(8 * 24)),
      bookedByAccountId: fx.proxy.account.id,
    });
    const cancel = await link(appt.id, "cancel", fx.proxy.account.id);
    try {
      // Sunday 1 November, the day before: the link works (looked at only).
      fx.setNow(new Date(NOW.getTime() + hours(2 * 24)));
      expect((await inspectAppointmentLink(cancel)).state).toBe("valid");
      // Monday 2 November, her birthday: the grant has lapsed without her consent.
      fx.setNow(new Date(NOW.getTime() + hours(3 * 24 + 1)));
      expect((await inspectAppointmentLink(cancel)).state).toBe("invalid");
      expect(await actOnAppointmentLink(cancel, "cancel", request)).toMatchObject({
        ok: false,
        code: "invalid",
      });
      await untouched(appt.id, cancel);
    } finally {
      fx.setNow(NOW);
    }
  });
});

describe("dies with the appointment", () => {
  it("cancelled by the clinic: its links say so and do nothing", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(36)));
    const secret = await link(appt.id, "confirm");
    const staff = await db().account.create({
      data: {
        email: `staff-${appt.id}@clinic.test`,
        passwordHash: "x",
        status: "active",
        role: "staff",
        language: "en",
      },
    });
    expect(
      await cancelAppointmentAsClinic(appt.id, "The doctor is ill.", {
        accountId: staff.id,
        role: "staff",
      }),
    ).toEqual({ ok: true });
    expect((await inspectAppointmentLink(secret)).state).toBe("cancelled");
    expect(await actOnAppointmentLink(secret, "confirm", request)).toMatchObject({
      ok: false,
      code: "cancelled",
    });
    expect(await statusOf(appt.id)).toBe("cancelled");
  });

  it("completed, or past its start, or past its expiry: expired", async () => {
    const completed = await fx.appointment(new Date(NOW.getTime() + hours(30)));
    const s1 = await link(completed.id, "confirm");
    await db().appointment.update({ where: { id: completed.id }, data: { status: "completed" } });
    expect((await inspectAppointmentLink(s1)).state).toBe("expired");

    const soon = await fx.appointment(new Date(NOW.getTime() + hours(50)));
    const s2 = await link(soon.id, "confirm");
    const s3 = await link(
      soon.id,
      "confirm",
      fx.owner.account.id,
      new Date(NOW.getTime() + hours(1)),
    );
    fx.setNow(new Date(NOW.getTime() + hours(2)));
    try {
      expect((await inspectAppointmentLink(s2)).state).toBe("valid");
      expect((await inspectAppointmentLink(s3)).state).toBe("expired");
      fx.setNow(new Date(NOW.getTime() + hours(51)));
      expect((await inspectAppointmentLink(s2)).state).toBe("expired");
      expect(await actOnAppointmentLink(s2, "confirm", request)).toMatchObject({
        ok: false,
        code: "expired",
      });
    } finally {
      fx.setNow(NOW);
    }
  });
});

describe("the clinic's windows apply", () => {
  it("confirm before the window opens is refused without burning the link; it works once the window opens", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(6 * 24)));
    const secret = await link(appt.id, "confirm");
    expect(await actOnAppointmentLink(secret, "confirm", request)).toMatchObject({
      ok: false,
      code: "notYet",
    });
    expect(await statusOf(appt.id)).toBe("booked");
    expect((await inspectAppointmentLink(secret)).state).toBe("valid");
    fx.setNow(new Date(NOW.getTime() + hours(6 * 24 - 71)));
    try {
      expect(await actOnAppointmentLink(secret, "confirm", request)).toEqual({ ok: true });
      expect(await statusOf(appt.id)).toBe("confirmed");
    } finally {
      fx.setNow(NOW);
    }
  });

  it("cancel past the cut-off is refused; the appointment stays", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(36)));
    const secret = await link(appt.id, "cancel");
    expect(await actOnAppointmentLink(secret, "cancel", request)).toMatchObject({
      ok: false,
      code: "pastCutoff",
    });
    expect(await statusOf(appt.id)).toBe("booked");
    expect((await inspectAppointmentLink(secret)).state).toBe("valid");
  });

  it("cancel before the cut-off cancels as the patient and voids the appointment's other links", async () => {
    const appt = await fx.appointment(new Date(NOW.getTime() + hours(60)));
    const cancel = await link(appt.id, "cancel", fx.proxy.account.id);
    const otherConfirm = await link(appt.id, "confirm");
    expect(await actOnAppointmentLink(cancel, "cancel", request)).toEqual({ ok: true });
    const row = await db().appointment.findUniqueOrThrow({ where: { id: appt.id } });
    expect(row).toMatchObject({
      status: "cancelled",
      cancelledBy: "patient",
      cancelledByAccountId: fx.proxy.account.id,
    });
    expect((await inspectAppointmentLink(otherConfirm)).state).toBe("cancelled");
    expect((await inspectAppointmentLink(cancel)).state).toBe("used");
  });
});
