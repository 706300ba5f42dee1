import "server-only";
// The families the staff attach to each other in the attachment e2e tests
// (DEMO_ATTACH_FAMILIES): nothing is attached yet, so each run starts clean.
import { DEMO_ATTACH_FAMILIES, DEMO_PASSWORD } from "./credentials";
import { createPatient, createProfile } from "./factories";

export async function seedAttachFamilies(clinicId: string, today: string) {
  for (const language of ["en", "fr"] as const) {
    const { email, lastName } = DEMO_ATTACH_FAMILIES[language];
    await createPatient(clinicId, {
      email,
      password: DEMO_PASSWORD,
      firstName: "Nadia",
      lastName,
      dateOfBirth: "1983-05-05",
      language,
    });
    await createProfile(clinicId, {
      firstName: "Lou",
      lastName,
      // Six years old: far from the age of consent.
      dateOfBirth: `${Number(today.slice(0, 4)) - 6}-01-15`,
      language,
    });
    await createProfile(clinicId, {
      firstName: "Rémi",
      lastName,
      dateOfBirth: "1948-02-02",
      language,
    });
  }
}
