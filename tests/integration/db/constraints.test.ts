// The hand-written SQL of the init migration, exercised through the Prisma
// client on each adapter, and lib/db/errors.ts recognizing the refusals the
// way each adapter surfaces them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import {
  isCheckViolation,
  isOverlapViolation,
  isRetryableConflict,
  isUniqueViolation,
  sqlState,
} from "@/lib/db/errors";
import {
  appointmentFixture,
  freshPglite,
  freshPostgres,
  migrated,
  noPostgresReason,
  postgresServerUrl,
  type TestDb,
} from "./support";

/** The error a promise rejects with (fails the test if it resolves). */
async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse the write");
}

function constraintSuite(open: () => Promise<TestDb>, { onPostgres = false } = {}) {
  let db: TestDb;
  let prisma: PrismaClient;
  let fx: Awaited<ReturnType<typeof appointmentFixture>>;

  beforeAll(async () => {
    db = await migrated(open());
    prisma = db.client();
    fx = await appointmentFixture(prisma);
  });
  afterAll(() => db?.close());

  describe("appointments of one practitioner never overlap", () => {
    it("refuses a 15-min at 10:15 over a 30-min at 10:00 (23P01), allows adjacent and other practitioners", async () => {
      const { slot, practitioner, other } = fx;
      await prisma.appointment.create({ data: slot(practitioner.id, "2031-03-03T10:00:00Z", 30) });

      const overlap = await refusal(
        prisma.appointment.create({ data: slot(practitioner.id, "2031-03-03T10:15:00Z", 15) }),
      );
      expect(isOverlapViolation(overlap)).toBe(true);
      expect(isOverlapViolation(overlap, "Appointment_no_overlap")).toBe(true);
      expect(isUniqueViolation(overlap)).toBe(false);
      expect(isCheckViolation(overlap)).toBe(false);

      // '[)' ranges: 10:30-10:45 touches 10:00-10:30 without overlapping it.
      await prisma.appointment.create({ data: slot(practitioner.id, "2031-03-03T10:30:00Z", 15) });
      await prisma.appointment.create({ data: slot(other.id, "2031-03-03T10:15:00Z", 15) });
    });

    it("a cancelled appointment frees its slot", async () => {
      const { slot, practitioner } = fx;
      const first = await prisma.appointment.create({
        data: slot(practitioner.id, "2031-03-04T09:00:00Z", 30),
      });
      await prisma.appointment.update({
        where: { id: first.id },
        data: { status: "cancelled", cancelledAt: new Date() },
      });
      await prisma.appointment.create({ data: slot(practitioner.id, "2031-03-04T09:00:00Z", 30) });
      // …and cannot be revived over the appointment that took it.
      const revive = await refusal(
        prisma.appointment.update({ where: { id: first.id }, data: { status: "booked" } }),
      );
      expect(isOverlapViolation(revive)).toBe(true);
    });

    it("is recognized from an interactive transaction and from raw SQL too", async () => {
      const { slot, practitioner } = fx;
      await prisma.appointment.create({ data: slot(practitioner.id, "2031-03-05T14:00:00Z", 60) });
      const inTx = await refusal(
        prisma.$transaction(async (tx) =>
          tx.appointment.create({ data: slot(practitioner.id, "2031-03-05T14:30:00Z", 60) }),
        ),
      );
      expect(isOverlapViolation(inTx)).toBe(true);
      const s = slot(practitioner.id, "2031-03-05T14:10:00Z", 10);
      const raw = await refusal(prisma.$executeRaw`
        INSERT INTO "Appointment" ("id", "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", "updatedAt")
        VALUES ('raw-overlap', ${s.profileId}, ${s.practitionerId}, ${s.siteId}, ${s.typeId}, ${s.startsAt}, ${s.endsAt}, now())`);
      expect(isOverlapViolation(raw)).toBe(true);
      // Our own SqlRunner surfaces the driver's error: SQLSTATE in `code`.
      const direct = await refusal(
        db.runner.query(
          `INSERT INTO "Appointment" ("id", "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", "updatedAt")
           VALUES ('runner-overlap', $1, $2, $3, $4, $5, $6, now())`,
          [
            s.profileId,
            s.practitionerId,
            s.siteId,
            s.typeId,
            s.startsAt.toISOString(),
            s.endsAt.toISOString(),
          ],
        ),
      );
      expect(sqlState(direct)).toBe("23P01");
    });
  });

  describe("accounts", () => {
    it("refuses the same email in another case: lower-case CHECK, then the unique index (P2002)", async () => {
      await prisma.account.create({ data: { email: "case@example.test", role: "staff" } });
      const upper = await refusal(
        prisma.account.create({ data: { email: "Case@Example.test", role: "staff" } }),
      );
      expect(isCheckViolation(upper, "Account_email_check")).toBe(true);
      const duplicate = await refusal(
        prisma.account.create({ data: { email: "case@example.test", role: "admin" } }),
      );
      expect(isUniqueViolation(duplicate)).toBe(true);
      expect(isOverlapViolation(duplicate)).toBe(false);
      expect(
        isCheckViolation(
          await refusal(prisma.account.create({ data: { email: "no-at-sign", role: "staff" } })),
        ),
      ).toBe(true);
    });

    it("a patient account has its profile, staff and admins have none", async () => {
      const noProfile = await refusal(
        prisma.account.create({ data: { email: "p1@example.test", role: "patient" } }),
      );
      expect(isCheckViolation(noProfile, "Account_role_profileId_check")).toBe(true);
      const staffWithProfile = await refusal(
        prisma.account.create({
          data: { email: "s1@example.test", role: "staff", profileId: fx.profile.id },
        }),
      );
      expect(isCheckViolation(staffWithProfile, "Account_role_profileId_check")).toBe(true);
      const patient = await prisma.account.create({
        data: { email: "p2@example.test", role: "patient", profileId: fx.profile.id },
        select: { role: true, profileId: true },
      });
      expect(patient).toEqual({ role: "patient", profileId: fx.profile.id });
    });
  });

  describe("CHECK constraints", () => {
    const cases: [string, (p: PrismaClient) => Promise<unknown>][] = [
      [
        "Appointment_endsAt_check",
        (p) =>
          p.appointment.create({ data: { ...fx.slot(fx.other.id, "2031-04-01T10:00:00Z", 0) } }),
      ],
      [
        "AppointmentType_durationMinutes_check",
        (p) =>
          p.appointmentType.update({ where: { id: fx.type.id }, data: { durationMinutes: 4 } }),
      ],
      [
        "AppointmentType_emergency_description_check",
        (p) =>
          p.appointmentType.create({
            data: {
              clinicId: fx.clinic.id,
              nameEn: "E",
              nameFr: "U",
              durationMinutes: 15,
              kind: "emergency",
              descriptionEn: "only English",
            },
          }),
      ],
      [
        "AvailabilityBlock_minutes_check",
        (p) =>
          p.availabilityBlock.create({
            data: {
              practitionerId: fx.practitioner.id,
              siteId: fx.site.id,
              weekday: 1,
              startMinute: 600,
              endMinute: 600,
              validFrom: new Date("2031-01-01"),
            },
          }),
      ],
      [
        "AvailabilityBlock_weekday_check",
        (p) =>
          p.availabilityBlock.create({
            data: {
              practitionerId: fx.practitioner.id,
              siteId: fx.site.id,
              weekday: 7,
              startMinute: 540,
              endMinute: 600,
              validFrom: new Date("2031-01-01"),
            },
          }),
      ],
      [
        "PatientProfile_primaryPhone_check",
        (p) =>
          p.patientProfile.update({
            where: { id: fx.profile.id },
            data: { primaryPhone: "+1 514 555 0199" },
          }),
      ],
      [
        "Site_addressLine_check",
        (p) =>
          p.site.create({
            data: { clinicId: fx.clinic.id, nameEn: "X", nameFr: "X", kind: "physical" },
          }),
      ],
      [
        "Clinic_ageOfConsentOverride_check",
        (p) => p.clinic.update({ where: { id: fx.clinic.id }, data: { ageOfConsentOverride: 9 } }),
      ],
      [
        "Clinic_invitationValidityDays_check",
        (p) =>
          p.clinic.update({ where: { id: fx.clinic.id }, data: { invitationValidityDays: 0 } }),
      ],
      [
        "OutboxEmail_attempts_check",
        (p) =>
          p.outboxEmail.create({
            data: { to: "a@example.test", locale: "en", template: "t", payload: {}, attempts: -1 },
          }),
      ],
    ];
    it.each(cases)("%s refuses a bad row (23514)", async (constraint, write) => {
      const error = await refusal(write(prisma));
      expect(isCheckViolation(error, constraint)).toBe(true);
      expect(isUniqueViolation(error) || isOverlapViolation(error)).toBe(false);
    });

    it("accepts the valid rows next to them", async () => {
      const site = await prisma.site.create({
        data: { clinicId: fx.clinic.id, nameEn: "Video", nameFr: "Vidéo", kind: "virtual" },
        select: { kind: true, addressLine: true },
      });
      expect(site).toEqual({ kind: "virtual", addressLine: null });
      const type = await prisma.appointmentType.create({
        data: {
          clinicId: fx.clinic.id,
          nameEn: "E",
          nameFr: "U",
          durationMinutes: 15,
          kind: "emergency",
          descriptionEn: "Now",
          descriptionFr: "Maintenant",
        },
        select: { kind: true, descriptionEn: true, descriptionFr: true },
      });
      expect(type).toEqual({
        kind: "emergency",
        descriptionEn: "Now",
        descriptionFr: "Maintenant",
      });
      const clinic = await prisma.clinic.update({
        where: { id: fx.clinic.id },
        data: { ageOfConsentOverride: 14, confirmationWindowHours: 0 },
        select: { ageOfConsentOverride: true, confirmationWindowHours: true },
      });
      expect(clinic).toEqual({ ageOfConsentOverride: 14, confirmationWindowHours: 0 });
    });
  });

  describe("AuditEvent is append-only (AL-3)", () => {
    it("inserts, but refuses UPDATE, DELETE and TRUNCATE", async () => {
      const event = await prisma.auditEvent.create({
        data: { resourceType: "account", action: "login" },
      });
      await expect(
        prisma.auditEvent.update({ where: { id: event.id }, data: { action: "nothing happened" } }),
      ).rejects.toThrow(/append-only/);
      await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
      expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
        action: "login",
      });
    });

    it("allows exactly one seal of an unsealed row (docs/decisions/0006), changing nothing else", async () => {
      const event = await prisma.auditEvent.create({
        data: { resourceType: "account", action: "login", detail: { a: 1 } },
      });
      const where = { id: event.id };
      const seal = { seq: 900_001n, prevHash: "0".repeat(64), hash: "a".repeat(64) };
      await expect(
        prisma.auditEvent.update({ where, data: { ...seal, action: "nothing happened" } }),
      ).rejects.toThrow(/append-only/);
      await expect(
        prisma.auditEvent.update({ where, data: { ...seal, detail: { a: 2 } } }),
      ).rejects.toThrow(/append-only/);
      await expect(
        prisma.auditEvent.update({ where, data: { seq: seal.seq, hash: seal.hash } }),
      ).rejects.toThrow(/append-only/);

      await prisma.auditEvent.update({ where, data: seal });

      await expect(
        prisma.auditEvent.update({ where, data: { hash: "b".repeat(64) } }),
      ).rejects.toThrow(/append-only/);
      await expect(
        prisma.auditEvent.update({ where, data: { seq: null, prevHash: null, hash: null } }),
      ).rejects.toThrow(/append-only/);
      await expect(
        prisma.auditEvent.update({ where, data: { action: "nothing happened" } }),
      ).rejects.toThrow(/append-only/);
      await expect(prisma.auditEvent.delete({ where })).rejects.toThrow(/append-only/);
      expect(await prisma.auditEvent.findUniqueOrThrow({ where })).toMatchObject({
        action: "login",
        detail: { a: 1 },
        ...seal,
      });
    });

    it("refuses a row inserted already sealed", async () => {
      await expect(
        prisma.auditEvent.create({
          data: {
            resourceType: "account",
            action: "login",
            seq: 900_002n,
            prevHash: "0".repeat(64),
            hash: "c".repeat(64),
          },
        }),
      ).rejects.toThrow(/inserted sealed/);
    });
  });

  // Concurrent inserts into the exclusion constraint can wait for each other's
  // uncommitted rows; PostgreSQL then aborts one of them with a deadlock (40P01)
  // rather than an overlap (23P01). bookAppointment retries such a victim, so the
  // error must be recognized as retryable, through Prisma, and told apart.
  if (onPostgres) {
    describe("a deadlock between overlapping inserts", () => {
      it("aborts one of two transactions that each wait on the other's row, with a retryable error, and the other commits", async () => {
        const { slot, practitioner } = fx;
        let firstInserted!: () => void;
        const firstRowIn = new Promise<void>((resolve) => (firstInserted = resolve));
        const waiting = async () => {
          const rows = await prisma.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
          return rows[0]?.n ?? 0;
        };
        // A holds 10:00–10:30; B's 10:15–10:45 waits for A; then A's 10:40–11:00 waits for B.
        const a = prisma.$transaction(
          async (tx) => {
            await tx.appointment.create({
              data: slot(practitioner.id, "2031-04-07T10:00:00Z", 30),
            });
            firstInserted();
            await expect.poll(waiting, { timeout: 5_000, interval: 20 }).toBeGreaterThanOrEqual(1);
            await tx.appointment.create({
              data: slot(practitioner.id, "2031-04-07T10:40:00Z", 20),
            });
          },
          { timeout: 10_000 },
        );
        const b = firstRowIn.then(() =>
          prisma.$transaction(
            async (tx) =>
              tx.appointment.create({ data: slot(practitioner.id, "2031-04-07T10:15:00Z", 30) }),
            { timeout: 10_000 },
          ),
        );
        const outcomes = await Promise.allSettled([a, b]);
        const rejected = outcomes.filter(
          (o): o is PromiseRejectedResult => o.status === "rejected",
        );
        expect(rejected).toHaveLength(1);
        const victim = rejected[0]!.reason;
        expect(isRetryableConflict(victim)).toBe(true);
        expect(isOverlapViolation(victim)).toBe(false);
        // The survivor's rows are there; the victim's are not.
        const rows = await prisma.appointment.count({
          where: {
            practitionerId: practitioner.id,
            startsAt: {
              gte: new Date("2031-04-07T00:00:00Z"),
              lt: new Date("2031-04-08T00:00:00Z"),
            },
          },
        });
        expect(rows).toBe(outcomes[0]!.status === "fulfilled" ? 2 : 1);
      });

      it("an overlap is not retryable", async () => {
        const { slot, practitioner } = fx;
        await prisma.appointment.create({
          data: slot(practitioner.id, "2031-04-08T10:00:00Z", 30),
        });
        const overlap = await refusal(
          prisma.appointment.create({ data: slot(practitioner.id, "2031-04-08T10:15:00Z", 15) }),
        );
        expect(isRetryableConflict(overlap)).toBe(false);
      });
    });
  }
}

describe("constraints through PrismaPGlite", () => {
  constraintSuite(freshPglite);
});

describe.skipIf(!postgresServerUrl)(
  `constraints through PrismaPg${postgresServerUrl ? "" : ` (skipped: ${noPostgresReason})`}`,
  () => {
    constraintSuite(freshPostgres, { onPostgres: true });
  },
);
