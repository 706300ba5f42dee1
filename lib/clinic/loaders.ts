import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** The clinic this deployment serves (one per deployment), or null on an empty database. */
export const loadClinic = cache(async () =>
  db().clinic.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      phone: true,
      email: true,
      addressLine: true,
      city: true,
      province: true,
      postalCode: true,
      timeZone: true,
      ageOfConsentOverride: true,
      termsVersion: true,
      languages: true,
    },
  }),
);

export type ClinicSummary = NonNullable<Awaited<ReturnType<typeof loadClinic>>>;

/**
 * The zone dates are shown in: the clinic's. Before the clinic is set up there
 * is none, and UTC is shown rather than a guessed zone.
 */
export const loadClinicTimeZone = cache(async () => (await loadClinic())?.timeZone ?? "UTC");
