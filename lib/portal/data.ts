import "server-only";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { profileFactsSelect } from "@/lib/access/data";
import { db } from "@/lib/db/client";

/** A profile's details as its Profile tab shows them. */
export async function findProfileDetails(id: AuthorizedProfileId) {
  const p = await db().patientProfile.findUnique({
    where: { id },
    select: {
      ...profileFactsSelect,
      assignedPractitioner: { select: { title: true, firstName: true, lastName: true } },
      updatedAt: true,
    },
  });
  return p && { ...p, dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10) };
}

export type ProfileDetails = NonNullable<Awaited<ReturnType<typeof findProfileDetails>>>;
