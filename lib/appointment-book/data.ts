import "server-only";
// Reads of the appointment book: the appointments of a range of days for one
// practitioner or one site (or the whole clinic), and the choices of its
// selectors and of staff booking.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { dateColumn, dateOnly } from "@/lib/availability/data";

/** At most this many rows a page: a whole clinic's week can hold thousands (the page then says to narrow it). */
export const BOOK_PAGE_LIMIT = 500;

export async function listBook(input: {
  clinicId: string;
  from: Date;
  to: Date;
  practitionerId?: string;
  siteId?: string;
}) {
  const where: Prisma.AppointmentWhereInput = {
    // The clinic's own visits only, as every other read of the book (appointmentClinicId).
    practitioner: { clinicId: input.clinicId },
    startsAt: { gte: input.from, lt: input.to },
    ...(input.practitionerId ? { practitionerId: input.practitionerId } : {}),
    ...(input.siteId ? { siteId: input.siteId } : {}),
  };
  return db().appointment.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    // One more than shown, to know that some were left out.
    take: BOOK_PAGE_LIMIT + 1,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      practitionerId: true,
      profile: { select: { id: true, firstName: true, lastName: true, dateOfBirth: true } },
      practitioner: { select: { title: true, firstName: true, lastName: true } },
      site: { select: { nameEn: true, nameFr: true } },
      type: { select: { nameEn: true, nameFr: true } },
    },
  });
}

/**
 * The weekly blocks of the clinic's active practitioners (at one site, or any
 * active one) that apply somewhere in [from, to], local dates: the calendar
 * shades them as working hours. Time off and extra blocks are not read.
 */
export async function listWorkingBlocks(input: {
  clinicId: string;
  from: string;
  to: string;
  practitionerId?: string;
  siteId?: string;
}) {
  const rows = await db().availabilityBlock.findMany({
    where: {
      practitioner: { clinicId: input.clinicId, active: true },
      site: { active: true },
      validFrom: { lte: dateColumn(input.to) },
      OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(input.from) } }],
      ...(input.practitionerId ? { practitionerId: input.practitionerId } : {}),
      ...(input.siteId ? { siteId: input.siteId } : {}),
    },
    select: {
      practitionerId: true,
      weekday: true,
      startMinute: true,
      endMinute: true,
      validFrom: true,
      validUntil: true,
    },
  });
  return rows.map((b) => ({
    ...b,
    validFrom: dateOnly(b.validFrom),
    validUntil: b.validUntil ? dateOnly(b.validUntil) : null,
  }));
}

export async function listBookChoices(clinicId: string) {
  const [practitioners, sites] = await Promise.all([
    db().practitioner.findMany({
      where: { clinicId },
      orderBy: [{ active: "desc" }, { lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        title: true,
        firstName: true,
        lastName: true,
        active: true,
        specialties: { select: { specialtyId: true } },
      },
    }),
    db().site.findMany({
      where: { clinicId },
      orderBy: [{ active: "desc" }, { nameEn: "asc" }],
      select: { id: true, nameEn: true, nameFr: true },
    }),
  ]);
  return { practitioners, sites };
}

/** What staff booking offers: specialties, active practitioners and every active type (online or not). */
export async function listBookingChoices(clinicId: string) {
  const [specialties, practitioners, types] = await Promise.all([
    db().specialty.findMany({
      where: { clinicId },
      orderBy: { nameEn: "asc" },
      select: { id: true, nameEn: true, nameFr: true },
    }),
    db().practitioner.findMany({
      where: { clinicId, active: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        title: true,
        firstName: true,
        lastName: true,
        specialties: { select: { specialtyId: true } },
      },
    }),
    db().appointmentType.findMany({
      where: { clinicId, active: true },
      orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
      select: {
        id: true,
        nameEn: true,
        nameFr: true,
        kind: true,
        durationMinutes: true,
        specialtyId: true,
        practitionerId: true,
        bookableOnline: true,
      },
    }),
  ]);
  return { specialties, practitioners, types };
}

export async function findProfileForBooking(clinicId: string, profileId: string) {
  return db().patientProfile.findFirst({
    where: { id: profileId, clinicId },
    select: { id: true, firstName: true, lastName: true, dateOfBirth: true, sex: true },
  });
}

/** The appointment's clinic, to keep staff of one clinic out of another's rows. */
export async function appointmentClinicId(appointmentId: string) {
  const row = await db().appointment.findUnique({
    where: { id: appointmentId },
    select: { practitioner: { select: { clinicId: true } } },
  });
  return row?.practitioner.clinicId ?? null;
}
