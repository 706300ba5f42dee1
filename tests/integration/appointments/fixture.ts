// A small clinic for the booking tests: one site, one specialty, three
// practitioners (P and Q accepting new patients, R not), weekday blocks
// 08:30–12:00 and 13:00–16:30 (America/Toronto) for every type, and a clock
// standing on Monday 3 February 2031 at 08:00 local (13:00Z).
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import type { Actor } from "@/lib/appointments/mutations";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { localToUtc } from "@/lib/time/zoned";
import { uniqueEmail } from "../harness";

export const TZ = "America/Toronto";
/** Monday 3 February 2031, 08:00 in Montréal. */
export const NOW = new Date("2031-02-03T13:00:00Z");

/** The UTC instant of a local date and HH:MM in the clinic's zone. */
export function localAt(date: string, hhmm: string): Date {
  const instant = localToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)), TZ);
  if (!instant) throw new Error(`${date} ${hhmm} does not exist in ${TZ}`);
  return instant;
}

export async function bookingClinic() {
  setClockForTests(() => NOW);
  const clinic = await factories.createClinic({ timeZone: TZ, phone: "514-555-0100" });
  const site = await factories.createSite(clinic.id, { nameEn: "Plateau", nameFr: "Plateau" });
  const specialty = await factories.createSpecialty(
    clinic.id,
    "Family medicine",
    "Médecine familiale",
  );
  const practitioner = (lastName: string) =>
    factories.createPractitioner(clinic.id, {
      lastName,
      specialtyIds: [specialty.id],
      siteIds: [site.id],
    });
  const p = await practitioner("Pelletier");
  const q = await practitioner("Quesnel");
  const r = await practitioner("Roy");
  await db().practitioner.update({ where: { id: r.id }, data: { acceptingNewPatients: false } });

  const type15 = await factories.createAppointmentType(clinic.id, {
    nameEn: "Follow-up",
    durationMinutes: 15,
    specialtyId: specialty.id,
  });
  const type30 = await factories.createAppointmentType(clinic.id, {
    nameEn: "Check-up",
    durationMinutes: 30,
    specialtyId: specialty.id,
  });
  const emergency = await factories.createAppointmentType(clinic.id, {
    nameEn: "Minor emergency",
    durationMinutes: 15,
    kind: "emergency",
  });
  const staffOnly = await factories.createAppointmentType(clinic.id, {
    nameEn: "Procedure",
    durationMinutes: 30,
    specialtyId: specialty.id,
  });
  await db().appointmentType.update({
    where: { id: staffOnly.id },
    data: { bookableOnline: false },
  });
  const typeIds = [type15.id, type30.id, emergency.id, staffOnly.id];

  for (const who of [p, q, r]) {
    for (let weekday = 1; weekday <= 5; weekday++) {
      for (const [from, to] of [
        ["08:30", "12:00"],
        ["13:00", "16:30"],
      ] as const) {
        await factories.createAvailabilityBlock({
          practitionerId: who.id,
          siteId: site.id,
          weekday,
          from,
          to,
          validFrom: "2031-01-01",
          typeIds,
        });
      }
    }
  }

  const { account, profile } = await factories.createPatient(clinic.id, {
    email: uniqueEmail("booker"),
  });
  const actor: Actor = {
    accountId: account.id,
    role: "patient",
    ip: "198.51.100.9",
    userAgent: "vitest",
    requestId: "req-booking",
  };
  const staffAccount = await factories.createStaff({ email: uniqueEmail("staff") });
  const staff: Actor = { accountId: staffAccount.id, role: "staff" };
  return {
    clinic,
    site,
    specialty,
    p,
    q,
    r,
    type15,
    type30,
    emergency,
    staffOnly,
    account,
    profileId: profile.id as AuthorizedProfileId,
    actor,
    staff,
    /** More profiles to book for (profile rows only; the booker's account acts). */
    async profiles(count: number): Promise<AuthorizedProfileId[]> {
      const ids: AuthorizedProfileId[] = [];
      for (let i = 0; i < count; i++)
        ids.push(
          (await factories.createProfile(clinic.id, { firstName: `Pat${i}` }))
            .id as AuthorizedProfileId,
        );
      return ids;
    },
  };
}

export type BookingClinic = Awaited<ReturnType<typeof bookingClinic>>;

export function booking(
  fx: BookingClinic,
  over: {
    profileId?: AuthorizedProfileId;
    practitionerId?: string;
    typeId?: string;
    startsAt: Date;
  },
) {
  return {
    profileId: over.profileId ?? fx.profileId,
    practitionerId: over.practitionerId ?? fx.p.id,
    siteId: fx.site.id,
    typeId: over.typeId ?? fx.type15.id,
    startsAt: over.startsAt,
    reason: "Cough for two weeks",
  };
}
