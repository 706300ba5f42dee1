// A small clinic for the appointment email tests (notify, reminders, link
// tokens): one physical site, one practitioner, a 30-min type, and a profile
// managed by its own account (French), a proxy WITH the appointments
// permission (English) and a proxy WITHOUT it (messages only).
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db/client";
import * as factories from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

export const TZ = "America/Toronto";

export async function emailClinic(clock: Date) {
  let current = clock;
  setClockForTests(() => current);
  const clinic = await factories.createClinic({
    name: "Clinique Saint-Laurent",
    timeZone: TZ,
    phone: "514-555-0100",
  });
  const site = await factories.createSite(clinic.id, {
    nameEn: "Plateau clinic",
    nameFr: "Clinique du Plateau",
    addressLine: "201-1224 Rue Stanley",
    city: "Montréal",
    phone: "514-555-0142",
  });
  const specialty = await factories.createSpecialty(
    clinic.id,
    "Family medicine",
    "Médecine familiale",
  );
  const practitioner = await factories.createPractitioner(clinic.id, {
    title: "Dr.",
    firstName: "Ada",
    lastName: "Lovelace",
    specialtyIds: [specialty.id],
    siteIds: [site.id],
  });
  const type = await factories.createAppointmentType(clinic.id, {
    nameEn: "Annual check-up",
    nameFr: "Bilan annuel",
    durationMinutes: 30,
    specialtyId: specialty.id,
  });

  const owner = await factories.createPatient(clinic.id, {
    email: uniqueEmail("owner"),
    firstName: "Sophie",
    lastName: "Tremblay",
    language: "fr",
  });
  const proxy = await factories.createPatient(clinic.id, {
    email: uniqueEmail("proxy"),
    firstName: "Marc",
    lastName: "Tremblay",
    language: "en",
  });
  const outsider = await factories.createPatient(clinic.id, {
    email: uniqueEmail("outsider"),
    firstName: "Nora",
    lastName: "Côté",
    language: "en",
  });
  // An adult profile: the proxies' access needs the person's recorded consent.
  await factories.grantAccess({
    accountId: proxy.account.id,
    profileId: owner.profile.id,
    tabs: ["appointments", "messages"],
    consentRecordedAt: clock,
  });
  await factories.grantAccess({
    accountId: outsider.account.id,
    profileId: owner.profile.id,
    tabs: ["messages"],
    consentRecordedAt: clock,
  });

  return {
    clinic,
    site,
    practitioner,
    type,
    owner,
    proxy,
    outsider,
    setNow(at: Date) {
      current = at;
    },
    /**
     * An appointment of the owner's profile starting at `startsAt`, with its
     * own Dr. Ada Lovelace (the exclusion constraint refuses two at one time
     * for one practitioner, and tests place several at the same hour).
     */
    async appointment(startsAt: Date, status: "booked" | "confirmed" = "booked") {
      const doctor = await factories.createPractitioner(clinic.id, {
        title: "Dr.",
        firstName: "Ada",
        lastName: "Lovelace",
        specialtyIds: [specialty.id],
        siteIds: [site.id],
      });
      return factories.createAppointment({
        profileId: owner.profile.id,
        practitionerId: doctor.id,
        siteId: site.id,
        typeId: type.id,
        startsAt,
        status,
        bookedByAccountId: owner.account.id,
      });
    },
    emailsTo(to: string, template?: string) {
      return db().outboxEmail.findMany({
        where: { to, ...(template ? { template } : {}) },
        orderBy: { createdAt: "asc" },
      });
    },
  };
}

export const hours = (h: number) => h * 3_600_000;
