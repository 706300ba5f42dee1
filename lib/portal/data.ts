import "server-only";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { db } from "@/lib/db/client";

/** A profile's details as its Profile tab shows them. */
export async function findProfileDetails(id: AuthorizedProfileId) {
  const p = await db().patientProfile.findUnique({
    where: { id },
    select: {
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      sex: true,
      primaryPhone: true,
      primaryPhoneType: true,
      secondaryPhone: true,
      secondaryPhoneType: true,
      addressLine: true,
      city: true,
      province: true,
      postalCode: true,
      language: true,
      assignedPractitioner: { select: { title: true, firstName: true, lastName: true } },
      updatedAt: true,
    },
  });
  return p && { ...p, dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10) };
}

export type ProfileDetails = NonNullable<Awaited<ReturnType<typeof findProfileDetails>>>;
