import "server-only";
// The demo clinic of the embedded database: seeded on the first start of an
// empty demo database, never on PostgreSQL (AU-20: no default credentials).
import { db } from "@/lib/db/client";
import { now, todayIn } from "@/lib/clock";
import { localToUtc } from "@/lib/time/zoned";
import { log } from "@/lib/log";
import { hashSecret } from "@/lib/tokens/secret";
import {
  DEMO_ACCOUNTS,
  DEMO_CREDENTIAL_ACCOUNTS,
  DEMO_EXPIRED_INVITATION_TOKEN,
  DEMO_PASSWORD,
  DEMO_REMINDER_ACCOUNTS,
} from "./credentials";
import {
  createAppointment,
  createAppointmentType,
  createAvailabilityBlock,
  createClinic,
  createPatient,
  createPractitioner,
  createProfile,
  createSite,
  createSpecialty,
  createStaff,
  createUndeliveredEmail,
  grantAccess,
} from "./factories";
import { seedAttachFamilies } from "./seed-attach";
import { seedBrand } from "./seed-brand";
import { seedBusyPatient } from "./seed-busy";
import { seedCommunications } from "./seed-communications";

const TIME_ZONE = "America/Toronto"; // Montréal's zone in the IANA database.

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function yearsBefore(iso: string, years: number, extraDays = 0): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return shiftDays(new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10), extraDays);
}

/**
 * The first whole hour between 09:00 and 15:00 (clinic time) that is `min`–`max`
 * hours from now. A 20-hour range always holds one: the nights are 17 hours.
 * 26–46 h: confirmable, past the cancel cut-off; 50–70 h: its 72 h reminder is
 * due, and it can still be cancelled online.
 */
function wholeHourAhead(today: string, min: number, max: number): Date {
  const from = now().getTime();
  for (let day = 1; day <= 4; day++) {
    for (let hour = 9; hour <= 15; hour++) {
      const t = localToUtc(shiftDays(today, day), hour * 60, TIME_ZONE);
      if (t && t.getTime() - from >= min * 3_600_000 && t.getTime() - from <= max * 3_600_000)
        return t;
    }
  }
  return new Date(from + ((min + max) / 2) * 3_600_000);
}

export async function seedDemoIfEmpty(): Promise<boolean> {
  if ((await db().clinic.count()) > 0) return false;
  await seedDemo();
  return true;
}

export async function seedDemo() {
  const today = todayIn(TIME_ZONE);
  const clinic = await createClinic({
    name: "Clinique Saint-Laurent",
    province: "QC",
    timeZone: TIME_ZONE,
    phone: "514-555-0100",
  });
  await db().clinic.update({
    where: { id: clinic.id },
    data: {
      email: "accueil@demo.clinic",
      addressLine: "4500 boulevard Saint-Laurent",
      termsEn: "Demo terms of use of the patient portal.",
      termsFr: "Conditions d’utilisation de démonstration du portail patient.",
    },
  });
  await seedBrand(clinic.id);

  const plateau = await createSite(clinic.id, {
    nameEn: "Plateau site",
    nameFr: "Site du Plateau",
    addressLine: "4500 boulevard Saint-Laurent",
    postalCode: "H2T 1R2",
    phone: "(514) 555-0110",
  });
  const verdun = await createSite(clinic.id, {
    nameEn: "Verdun site",
    nameFr: "Site de Verdun",
    addressLine: "3900 rue Wellington",
    postalCode: "H4G 1V2",
    phone: "(514) 555-0120",
  });
  const virtual = await createSite(clinic.id, {
    nameEn: "Virtual appointment",
    nameFr: "Rendez-vous virtuel",
    kind: "virtual",
    phone: "(514) 555-0100",
  });

  const family = await createSpecialty(clinic.id, "Family medicine", "Médecine familiale");
  const pediatrics = await createSpecialty(clinic.id, "Pediatrics", "Pédiatrie");
  const physio = await createSpecialty(clinic.id, "Physiotherapy", "Physiothérapie");

  const people = [
    {
      title: "Dre",
      firstName: "Marie",
      lastName: "Lefebvre",
      specialty: family,
      sites: [plateau, virtual],
    },
    {
      title: "Dr",
      firstName: "Samuel",
      lastName: "Okafor",
      specialty: family,
      sites: [verdun, virtual],
    },
    { title: "Dre", firstName: "Julie", lastName: "Nguyen", specialty: family, sites: [plateau] },
    {
      title: "Dr",
      firstName: "Antoine",
      lastName: "Roy",
      specialty: pediatrics,
      sites: [plateau, verdun],
    },
    {
      title: "Dre",
      firstName: "Fatima",
      lastName: "Benali",
      specialty: pediatrics,
      sites: [verdun],
    },
    { title: "", firstName: "Lucas", lastName: "Martin", specialty: physio, sites: [plateau] },
  ];
  const practitioners = [];
  for (const p of people) {
    practitioners.push({
      ...p,
      row: await createPractitioner(clinic.id, {
        title: p.title,
        firstName: p.firstName,
        lastName: p.lastName,
        specialtyIds: [p.specialty.id],
        siteIds: p.sites.map((s) => s.id),
      }),
    });
  }

  const types = {
    followUp: await createAppointmentType(clinic.id, {
      nameEn: "Follow-up visit",
      nameFr: "Visite de suivi",
      durationMinutes: 15,
      specialtyId: family.id,
    }),
    checkup: await createAppointmentType(clinic.id, {
      nameEn: "Annual check-up",
      nameFr: "Bilan annuel",
      durationMinutes: 30,
      specialtyId: family.id,
    }),
    pediatric: await createAppointmentType(clinic.id, {
      nameEn: "Pediatric visit",
      nameFr: "Visite pédiatrique",
      durationMinutes: 30,
      specialtyId: pediatrics.id,
    }),
    physioAssessment: await createAppointmentType(clinic.id, {
      nameEn: "Physiotherapy assessment",
      nameFr: "Évaluation en physiothérapie",
      durationMinutes: 45,
      specialtyId: physio.id,
    }),
    physioFollowUp: await createAppointmentType(clinic.id, {
      nameEn: "Physiotherapy follow-up",
      nameFr: "Suivi en physiothérapie",
      durationMinutes: 30,
      specialtyId: physio.id,
    }),
    minor: await createAppointmentType(clinic.id, {
      nameEn: "Minor emergency",
      nameFr: "Urgence mineure",
      kind: "emergency",
      durationMinutes: 15,
      descriptionEn:
        "A sudden problem that is not serious: fever, sore throat, earache, rash, minor cut or sprain.",
      descriptionFr:
        "Un problème soudain et peu grave : fièvre, mal de gorge, mal d’oreille, éruption, petite coupure ou entorse.",
    }),
    complex: await createAppointmentType(clinic.id, {
      nameEn: "Complex emergency",
      nameFr: "Urgence complexe",
      kind: "emergency",
      durationMinutes: 30,
      descriptionEn:
        "A problem that needs a longer exam: several symptoms, a worsening chronic condition, or an injury needing care.",
      descriptionFr:
        "Un problème qui demande un examen plus long : plusieurs symptômes, une maladie chronique qui s’aggrave ou une blessure à soigner.",
    }),
  };
  const typesBySpecialty = new Map([
    [family.id, [types.followUp.id, types.checkup.id, types.minor.id, types.complex.id]],
    [pediatrics.id, [types.pediatric.id, types.minor.id, types.complex.id]],
    [physio.id, [types.physioAssessment.id, types.physioFollowUp.id]],
  ]);

  // Thirteen weeks (the booking horizon) of weekday mornings and afternoons, each practitioner at their first site.
  const validUntil = shiftDays(today, 91);
  for (const p of practitioners) {
    const typeIds = typesBySpecialty.get(p.specialty.id) ?? [];
    for (let weekday = 1; weekday <= 5; weekday++) {
      const siteId = p.sites[weekday % p.sites.length]!.id;
      await createAvailabilityBlock({
        practitionerId: p.row.id,
        siteId,
        weekday,
        from: "08:30",
        to: "12:00",
        validFrom: today,
        validUntil,
        typeIds,
      });
      await createAvailabilityBlock({
        practitionerId: p.row.id,
        siteId,
        weekday,
        from: "13:00",
        to: "16:30",
        validFrom: today,
        validUntil,
        typeIds,
      });
    }
  }

  const doctor = practitioners[0]!.row;
  const parent = await createPatient(clinic.id, {
    email: DEMO_ACCOUNTS.patient,
    password: DEMO_PASSWORD,
    firstName: "Sophie",
    lastName: "Tremblay",
    dateOfBirth: "1986-04-27",
    language: "fr",
    assignedPractitionerId: doctor.id,
  });
  const child = await createProfile(clinic.id, {
    firstName: "Léo",
    lastName: "Tremblay",
    dateOfBirth: yearsBefore(today, 8, -40),
    sex: "male",
    language: "fr",
    assignedPractitionerId: practitioners[3]!.row.id,
  });
  await grantAccess({
    accountId: parent.account.id,
    profileId: child.id,
    tabs: ["appointments", "messages"],
  });
  // Fifteen years old: the access granted when they were a child lapsed on their 14th birthday.
  const teen = await createProfile(clinic.id, {
    firstName: "Maxime",
    lastName: "Tremblay",
    dateOfBirth: yearsBefore(today, 15, -60),
    sex: "other",
    language: "fr",
  });
  await grantAccess({
    accountId: parent.account.id,
    profileId: teen.id,
    tabs: ["appointments", "messages", "documents", "bills"],
  });

  const jean = await createPatient(clinic.id, {
    email: DEMO_ACCOUNTS.adult,
    password: DEMO_PASSWORD,
    firstName: "Jean",
    lastName: "Gagnon",
    dateOfBirth: "1958-11-02",
    sex: "male",
    language: "en",
    assignedPractitionerId: practitioners[1]!.row.id,
  });
  await createPatient(clinic.id, {
    email: DEMO_CREDENTIAL_ACCOUNTS.en,
    password: DEMO_PASSWORD,
    firstName: "Alex",
    lastName: "Martin",
    dateOfBirth: "1990-03-14",
    language: "en",
  });
  await createPatient(clinic.id, {
    email: DEMO_CREDENTIAL_ACCOUNTS.fr,
    password: DEMO_PASSWORD,
    firstName: "Camille",
    lastName: "Roy",
    dateOfBirth: "1992-07-08",
    language: "fr",
  });
  await createStaff({
    email: DEMO_ACCOUNTS.staff,
    password: DEMO_PASSWORD,
    role: "staff",
    language: "fr",
  });
  const admin = await createStaff({
    email: DEMO_ACCOUNTS.admin,
    password: DEMO_PASSWORD,
    role: "admin",
    language: "en",
  });

  // Appointments placed relative to now, so the demo (and the e2e suite, which
  // cannot move the server's clock) always has one inside the confirmation
  // window and past the cancel cut-off, one that can still be cancelled, and a
  // history with the clinic's note.
  const at = (date: string, hour: number) => localToUtc(date, hour * 60, TIME_ZONE)!;
  const soon = wholeHourAhead(today, 26, 46);
  const cancellable = wholeHourAhead(today, 50, 70);
  const reminderEn = await createPatient(clinic.id, {
    email: DEMO_REMINDER_ACCOUNTS.en,
    password: DEMO_PASSWORD,
    firstName: "Olivia",
    lastName: "Brown",
    dateOfBirth: "1975-05-20",
    language: "en",
  });
  const reminderFr = await createPatient(clinic.id, {
    email: DEMO_REMINDER_ACCOUNTS.fr,
    password: DEMO_PASSWORD,
    firstName: "Étienne",
    lastName: "Gauthier",
    dateOfBirth: "1969-10-03",
    language: "fr",
  });
  const reminderCancel = await createPatient(clinic.id, {
    email: DEMO_REMINDER_ACCOUNTS.cancel,
    password: DEMO_PASSWORD,
    firstName: "Nora",
    lastName: "Wilson",
    dateOfBirth: "1981-01-15",
    language: "en",
  });
  const visits = [
    {
      who: parent.profile.id,
      account: parent.account.id,
      p: practitioners[0]!,
      type: types.checkup.id,
      startsAt: soon,
    },
    {
      who: parent.profile.id,
      account: parent.account.id,
      p: practitioners[0]!,
      type: types.followUp.id,
      startsAt: at(shiftDays(today, 6), 10),
    },
    {
      who: parent.profile.id,
      account: parent.account.id,
      p: practitioners[0]!,
      type: types.checkup.id,
      startsAt: at(shiftDays(today, -21), 10),
      status: "completed" as const,
      clinicNote: "Les résultats des analyses sanguines sont normaux. À l’an prochain.",
    },
    {
      who: jean.profile.id,
      account: jean.account.id,
      p: practitioners[1]!,
      type: types.checkup.id,
      startsAt: soon,
    },
    {
      who: jean.profile.id,
      account: jean.account.id,
      p: practitioners[1]!,
      type: types.followUp.id,
      startsAt: at(shiftDays(today, 6), 10),
    },
    {
      who: jean.profile.id,
      account: jean.account.id,
      p: practitioners[1]!,
      type: types.followUp.id,
      startsAt: at(shiftDays(today, -21), 10),
      status: "completed" as const,
      clinicNote: "Keep taking the medication twice a day.",
    },
    {
      who: jean.profile.id,
      account: jean.account.id,
      p: practitioners[1]!,
      type: types.followUp.id,
      startsAt: at(shiftDays(today, -10), 11),
      status: "cancelled" as const,
      cancelReason: "The doctor was ill that day.",
    },
    {
      who: reminderEn.profile.id,
      account: reminderEn.account.id,
      p: practitioners[2]!,
      type: types.checkup.id,
      startsAt: soon,
    },
    {
      who: reminderCancel.profile.id,
      account: reminderCancel.account.id,
      p: practitioners[2]!,
      type: types.checkup.id,
      startsAt: cancellable,
    },
    {
      who: reminderFr.profile.id,
      account: reminderFr.account.id,
      p: practitioners[5]!,
      type: types.physioFollowUp.id,
      startsAt: soon,
    },
    {
      who: child.id,
      account: parent.account.id,
      p: practitioners[3]!,
      type: types.pediatric.id,
      startsAt: at(shiftDays(today, 10), 14),
    },
    // Léo's own visit to confirm: the parent confirms it from the dashboard
    // (tests/e2e/dashboard.spec.ts) while Sophie's stays for her tab's test.
    {
      who: child.id,
      account: parent.account.id,
      p: practitioners[3]!,
      type: types.pediatric.id,
      startsAt: soon,
    },
  ];
  for (const v of visits) {
    await createAppointment({
      profileId: v.who,
      practitionerId: v.p.row.id,
      siteId: v.p.sites[0]!.id,
      typeId: v.type,
      startsAt: v.startsAt,
      status: v.status,
      clinicNote: v.clinicNote,
      cancelReason: v.cancelReason,
      bookedByAccountId: v.account,
    });
  }

  // A patient invited long ago who never accepted: their invitation has expired (see DEMO_EXPIRED_INVITATION_TOKEN).
  const invited = await createProfile(clinic.id, {
    firstName: "Claire",
    lastName: "Bouchard",
    dateOfBirth: "1979-09-12",
    language: "fr",
  });
  const sentAt = new Date(`${shiftDays(today, -30)}T14:00:00Z`);
  await db().invitation.create({
    data: {
      profileId: invited.id,
      email: "claire.bouchard@demo.clinic",
      tokenHash: hashSecret(DEMO_EXPIRED_INVITATION_TOKEN),
      codeHash: hashSecret("000000"),
      createdAt: sentAt,
      expiresAt: new Date(sentAt.getTime() + 14 * 24 * 60 * 60_000),
      createdById: admin.id,
    },
  });

  await seedCommunications({
    clinicId: clinic.id,
    today,
    sophie: { accountId: parent.account.id, profileId: parent.profile.id },
    leoId: child.id,
    jean: { accountId: jean.account.id, profileId: jean.profile.id },
  });

  // A reminder the email service refused, for the patient's page to show staff.
  await createUndeliveredEmail({
    to: DEMO_ACCOUNTS.adult,
    template: "appointment-reminder",
    createdAt: new Date(Date.now() - 20 * 24 * 60 * 60_000),
  });

  await seedAttachFamilies(clinic.id, today);
  await seedBusyPatient({
    clinicId: clinic.id,
    today,
    timeZone: TIME_ZONE,
    practitionerId: practitioners[1]!.row.id,
    siteId: practitioners[1]!.sites[0]!.id,
    typeId: types.followUp.id,
  });

  log.info("demo clinic seeded", { practitioners: practitioners.length, clinic: clinic.name });
}
