// Reminders at the clinic's lead times (72 h and 24 h) on a real database
// with the injectable clock: due at the right INSTANT across both
// daylight-saving changes, once only (concurrent runs, several instances),
// with Confirm and Cancel links for each managing account.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectAppointmentLink } from "@/lib/appointments/link-tokens";
import { sendDueReminders } from "@/lib/appointments/reminders";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { describeOnPostgres } from "../harness";
import { emailClinic, hours } from "./email-fixture";

const NOW = new Date("2026-10-20T13:00:00Z");
let fx: Awaited<ReturnType<typeof emailClinic>>;

beforeAll(async () => {
  fx = await emailClinic(NOW);
});
afterAll(() => setClockForTests(undefined));

const minute = 60_000;
const reminders = (appointmentId: string) =>
  db()
    .outboxEmail.findMany({
      where: { template: "appointment-reminder" },
      orderBy: { createdAt: "asc" },
    })
    .then((rows) =>
      rows.filter((r) => (r.payload as { appointmentId?: string }).appointmentId === appointmentId),
    );
const sentLeads = async (id: string) =>
  (await db().appointment.findUniqueOrThrow({ where: { id } })).remindersSent;

describe("lead times across the November change (EDT → EST on Sunday 1 November 2026)", () => {
  // Monday 2 November 2026, 09:00 EST = 14:00Z.
  const startsAt = new Date("2026-11-02T14:00:00Z");

  it("72 h: due Friday 30 October at 10:00 EDT (14:00Z), not a minute before", async () => {
    const appt = await fx.appointment(startsAt);
    await sendDueReminders(new Date(new Date("2026-10-30T14:00:00Z").getTime() - minute));
    expect(await reminders(appt.id)).toHaveLength(0);
    expect(await sendDueReminders(new Date("2026-10-30T14:00:00Z"))).toEqual({ reminded: 1 });
    expect(await sentLeads(appt.id)).toEqual([72]);
    expect(await reminders(appt.id)).toHaveLength(2);

    // 24 h before 09:00 EST Monday is Sunday 09:00 EST (14:00Z): 25 wall-clock hours after Saturday 09:00 EDT.
    await sendDueReminders(new Date("2026-11-01T13:59:00Z"));
    expect(await sentLeads(appt.id)).toEqual([72]);
    expect(await sendDueReminders(new Date("2026-11-01T14:00:00Z"))).toEqual({ reminded: 1 });
    expect(await sentLeads(appt.id)).toEqual([72, 24]);
    expect(await reminders(appt.id)).toHaveLength(4);

    // Nothing more: both leads sent; and nothing after the start.
    await sendDueReminders(new Date("2026-11-02T13:00:00Z"));
    await sendDueReminders(new Date("2026-11-02T15:00:00Z"));
    expect(await reminders(appt.id)).toHaveLength(4);
  });
});

describe("lead times across the March change (EST → EDT on Sunday 8 March 2026)", () => {
  it("24 h before Monday 9 March 09:00 EDT (13:00Z) is Sunday 09:00 EDT (13:00Z)", async () => {
    const appt = await fx.appointment(new Date("2026-03-09T13:00:00Z"));
    // Booked late: the 72 h reminder is already past its time, but the latest due one goes alone.
    await sendDueReminders(new Date("2026-03-08T12:59:00Z"));
    expect(await sentLeads(appt.id)).toEqual([72]);
    expect(await sendDueReminders(new Date("2026-03-08T13:00:00Z"))).toEqual({ reminded: 1 });
    expect(await sentLeads(appt.id)).toEqual([72, 24]);
  });

  it("an appointment booked inside 24 h gets the 24 h reminder only", async () => {
    const appt = await fx.appointment(new Date("2026-03-09T15:00:00Z"));
    await sendDueReminders(new Date("2026-03-08T20:00:00Z"));
    expect(await sentLeads(appt.id)).toEqual([24]);
    await sendDueReminders(new Date("2026-03-08T21:00:00Z"));
    expect(await reminders(appt.id)).toHaveLength(2);
  });
});

describe("content and links", () => {
  it("each managing account gets its own Confirm and Cancel links (not the proxy without the permission); tokens expire at the start", async () => {
    const startsAt = new Date("2026-06-10T14:00:00Z");
    const appt = await fx.appointment(startsAt);
    await sendDueReminders(new Date(startsAt.getTime() - hours(71)));
    const rows = await reminders(appt.id);
    expect(rows.map((r) => [r.to, r.locale]).sort()).toEqual(
      [
        [fx.owner.account.email, "fr"],
        [fx.proxy.account.email, "en"],
      ].sort(),
    );
    expect(await db().outboxEmail.count({ where: { to: fx.outsider.account.email } })).toBe(0);
    const tokens = await db().appointmentLinkToken.findMany({ where: { appointmentId: appt.id } });
    expect(tokens).toHaveLength(4);
    expect(new Set(tokens.map((t) => `${t.accountId}:${t.action}`)).size).toBe(4);
    expect(tokens.every((t) => t.expiresAt.getTime() === startsAt.getTime())).toBe(true);

    const payload = rows.find((r) => r.to === fx.proxy.account.email)!.payload as {
      confirmUrl: string;
      cancelUrl: string;
      confirmed: boolean;
    };
    expect(payload.confirmed).toBe(false);
    expect(payload.confirmUrl).toMatch(/\/en\/appointment-link\/[A-Za-z0-9_-]{43}$/);
    expect(payload.cancelUrl).toMatch(/\/en\/appointment-link\/[A-Za-z0-9_-]{43}$/);
    setClockForTests(() => new Date(startsAt.getTime() - hours(71)));
    try {
      const confirm = await inspectAppointmentLink(payload.confirmUrl.split("/").at(-1)!);
      expect(confirm.state).toBe("valid");
      expect(confirm.token).toMatchObject({
        action: "confirm",
        accountId: fx.proxy.account.id,
        appointmentId: appt.id,
      });
    } finally {
      setClockForTests(() => NOW);
    }
  });

  it("a confirmed appointment's reminder has no Confirm link; a cancelled one gets none", async () => {
    const startsAt = new Date("2026-06-12T14:00:00Z");
    const confirmed = await fx.appointment(startsAt, "confirmed");
    const cancelled = await fx.appointment(new Date(startsAt.getTime() + hours(1)));
    await db().appointment.update({ where: { id: cancelled.id }, data: { status: "cancelled" } });
    // 71 h before: still before the online cancellation cut-off.
    await sendDueReminders(new Date(startsAt.getTime() - hours(71)));
    const rows = await reminders(confirmed.id);
    expect(rows).toHaveLength(2);
    expect(
      rows.every((r) => (r.payload as { confirmUrl: string | null }).confirmUrl === null),
    ).toBe(true);
    expect(
      (await db().appointmentLinkToken.findMany({ where: { appointmentId: confirmed.id } })).map(
        (t) => t.action,
      ),
    ).toEqual(["cancel", "cancel"]);
    expect(await reminders(cancelled.id)).toHaveLength(0);
  });

  it("inside the online cancellation cut-off (48 h): no Cancel link nor token, and the .ics comes along", async () => {
    const startsAt = new Date("2026-06-20T14:00:00Z");
    const appt = await fx.appointment(startsAt);
    const at = new Date(startsAt.getTime() - hours(23));
    await sendDueReminders(at);
    const rows = await reminders(appt.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const payload = row.payload as {
        cancelUrl: string | null;
        cancelUntil: string | null;
        confirmUrl: string | null;
        remindedAt?: string;
      };
      expect(payload.cancelUrl).toBeNull();
      expect(payload.cancelUntil).toBeNull();
      expect(payload.confirmUrl).toMatch(/\/appointment-link\//);
      expect(payload.remindedAt).toBe(at.toISOString());
    }
    const actions = (
      await db().appointmentLinkToken.findMany({ where: { appointmentId: appt.id } })
    ).map((t) => t.action);
    expect(actions).toEqual(["confirm", "confirm"]);
  });

  it("before the cut-off the Cancel link says until when", async () => {
    const startsAt = new Date("2026-06-24T14:00:00Z");
    const appt = await fx.appointment(startsAt);
    await sendDueReminders(new Date(startsAt.getTime() - hours(71)));
    const payload = (await reminders(appt.id))[0]!.payload as {
      cancelUrl: string | null;
      cancelUntil: string | null;
    };
    expect(payload.cancelUrl).toMatch(/\/appointment-link\//);
    expect(payload.cancelUntil).toBe(new Date(startsAt.getTime() - hours(48)).toISOString());
  });

  it("carries the clinic's note for the visit, and none when the clinic wrote none", async () => {
    const startsAt = new Date("2026-07-14T14:00:00Z");
    const noted = await fx.appointment(startsAt);
    const plain = await fx.appointment(new Date(startsAt.getTime() + hours(1)));
    await db().appointment.update({
      where: { id: noted.id },
      data: { clinicNote: "Bring your vaccination card." },
    });
    await sendDueReminders(new Date(startsAt.getTime() - hours(23)));
    const notes = async (id: string) =>
      (await reminders(id)).map((r) => (r.payload as { clinicNote?: string | null }).clinicNote);
    expect(await notes(noted.id)).toEqual([
      "Bring your vaccination card.",
      "Bring your vaccination card.",
    ]);
    expect(await notes(plain.id)).toEqual([null, null]);
  });
});

describe("never twice", () => {
  it("five concurrent runs send one reminder", async () => {
    const startsAt = new Date("2026-07-01T14:00:00Z");
    const appt = await fx.appointment(startsAt);
    const at = new Date(startsAt.getTime() - hours(70));
    const results = await Promise.all(Array.from({ length: 5 }, () => sendDueReminders(at)));
    expect(results.reduce((sum, r) => sum + r.reminded, 0)).toBe(1);
    expect(await reminders(appt.id)).toHaveLength(2);
    expect(await sentLeads(appt.id)).toEqual([72]);
  });
});

describeOnPostgres("several app instances on one PostgreSQL database", () => {
  let instances: PrismaClient[] = [];
  beforeAll(() => {
    instances = [1, 2, 3].map(
      () =>
        new PrismaClient({
          adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
        }),
    );
  });
  afterAll(async () => {
    await Promise.all(instances.map((c) => c.$disconnect()));
  });

  it("three instances running at once send each due reminder exactly once", async () => {
    const base = new Date("2026-08-03T13:00:00Z");
    const appts = [];
    for (let i = 0; i < 10; i++)
      appts.push(await fx.appointment(new Date(base.getTime() + i * hours(1))));
    const at = new Date(base.getTime() - hours(60));
    const results = await Promise.all(
      instances.flatMap((client) => [sendDueReminders(at, client), sendDueReminders(at, client)]),
    );
    expect(results.reduce((sum, r) => sum + r.reminded, 0)).toBe(10);
    for (const appt of appts) {
      expect(await reminders(appt.id)).toHaveLength(2);
      expect(await sentLeads(appt.id)).toEqual([72]);
    }
  });
});
