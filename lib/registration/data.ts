import "server-only";
import { db } from "@/lib/db/client";

/** What registration needs from the clinic's settings. */
export function findRegistrationSettings() {
  return db().clinic.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      province: true,
      timeZone: true,
      ageOfConsentOverride: true,
      mandatoryRegistrationFields: true,
    },
  });
}

export type RegistrationSettings = NonNullable<
  Awaited<ReturnType<typeof findRegistrationSettings>>
>;

/** The clinic's terms in both languages and their version. */
export function findClinicTerms() {
  return db().clinic.findFirst({
    orderBy: { createdAt: "asc" },
    select: { termsVersion: true, termsEn: true, termsFr: true, termsPublishedAt: true },
  });
}

export function findAccountByEmail(email: string) {
  return db().account.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      status: true,
      language: true,
      profile: { select: { firstName: true } },
    },
  });
}
