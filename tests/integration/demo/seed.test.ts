// The demo seed places appointments relative to "now": whatever the day (and
// across both daylight-saving changes), the demo — and the e2e suite, which
// cannot move the server's clock — must find one visit inside the confirmation
// window and past the cancel cut-off, and one that can still be cancelled.
import { afterEach, describe, expect, it } from "vitest";
import { cancelDecision, confirmDecision } from "@/lib/appointments/rules";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed";
import { DEMO_ACCOUNTS, DEMO_BUSY_ACCOUNT } from "@/lib/demo/credentials";
import sharp from "sharp";
import { passesWithWhite } from "@/lib/clinic/brand-color";
import { readLogo } from "@/lib/clinic/logo-file";

afterEach(() => setClockForTests(undefined));

async function resetAll() {
  await db()
    .$executeRaw`TRUNCATE "Appointment", "AvailabilityBlockType", "AvailabilityBlock", "AvailabilityException", "AppointmentType", "PractitionerSite", "PractitionerSpecialty", "Practitioner", "Specialty", "Site", "Invitation", "ProfileAccess", "AccountToken", "Account", "PatientProfile", "Clinic" CASCADE`;
}

// A Saturday evening before the March change, a Friday night before the
// November one, a weekday morning, and the instant of the autumn change itself.
const instants = [
  "2026-03-07T23:30:00Z",
  "2026-10-30T03:00:00Z",
  "2026-11-26T14:00:00Z",
  "2026-11-01T06:00:00Z",
];

describe("demo seed", () => {
  for (const instant of instants) {
    it(`gives each demo patient a confirmable and a cancellable visit (now = ${instant})`, async () => {
      setClockForTests(() => new Date(instant));
      await resetAll();
      await seedDemo();
      const clinic = await db().clinic.findFirstOrThrow();
      const at = new Date(instant);
      for (const email of [DEMO_ACCOUNTS.patient, DEMO_ACCOUNTS.adult]) {
        const account = await db().account.findUniqueOrThrow({
          where: { email },
          select: { profileId: true },
        });
        const upcoming = await db().appointment.findMany({
          where: { profileId: account.profileId!, startsAt: { gt: at } },
          orderBy: { startsAt: "asc" },
        });
        expect(upcoming.length).toBeGreaterThanOrEqual(2);
        const [soon, later] = upcoming as [(typeof upcoming)[number], (typeof upcoming)[number]];
        expect(confirmDecision(soon, clinic, at)).toEqual({ allowed: true });
        expect(cancelDecision(soon, clinic, at).allowed).toBe(false);
        expect(cancelDecision(later, clinic, at).allowed).toBe(true);
        expect(confirmDecision(later, clinic, at).allowed).toBe(false);
        const history = await db().appointment.findMany({
          where: { profileId: account.profileId!, startsAt: { lte: at } },
        });
        expect(history.some((a) => a.status === "completed" && a.clinicNote)).toBe(true);
      }
      // The busy patient whose tab the page-weight test measures: 50 upcoming, 40 past.
      const busy = await db().account.findUniqueOrThrow({
        where: { email: DEMO_BUSY_ACCOUNT },
        select: { profileId: true },
      });
      const busyCount = (startsAt: { gt: Date } | { lte: Date }) =>
        db().appointment.count({ where: { profileId: busy.profileId!, startsAt } });
      expect(await busyCount({ gt: at })).toBe(50);
      expect(await busyCount({ lte: at })).toBe(40);
    });
  }

  it("gives the demo clinic a readable colour and a PNG logo of at most 128 px high", async () => {
    await resetAll();
    await seedDemo();
    const clinic = await db().clinic.findFirstOrThrow();
    expect(clinic.brandColor && passesWithWhite(clinic.brandColor)).toBe(true);
    const logo = await readLogo(clinic.logoKey);
    expect(logo).not.toBeNull();
    const meta = await sharp(logo!).metadata();
    expect(meta.format).toBe("png");
    expect(meta.height).toBeLessThanOrEqual(128);
  });
});
