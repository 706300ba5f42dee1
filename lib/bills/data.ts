import "server-only";
// Reads of bills. The PDF is rendered from these rows at each download, so a
// payment or a void shows in the next copy the patient opens.
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { db } from "@/lib/db/client";

/** A bill with what its PDF prints, and the scope the access check needs (its thread). */
export async function findBillForPdf(billId: string) {
  return db().bill.findUnique({
    where: { id: billId },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      dueOn: true,
      status: true,
      subtotalCents: true,
      totalCents: true,
      lines: { orderBy: { position: "asc" }, select: { description: true, amountCents: true } },
      taxes: {
        orderBy: { position: "asc" },
        select: { nameEn: true, nameFr: true, ratePpm: true, amountCents: true },
      },
      communication: {
        select: {
          id: true,
          profileId: true,
          kind: true,
          withdrawnAt: true,
          profile: { select: { firstName: true, lastName: true, language: true } },
        },
      },
    },
  });
}

/** A clinic's bill and the profile it is for, or null (another clinic's, or none). */
export async function findBillScope(clinicId: string, billId: string) {
  if (billId.length > 64) return null;
  const bill = await db().bill.findFirst({
    where: { id: billId, clinicId },
    select: {
      id: true,
      number: true,
      status: true,
      communication: { select: { profileId: true } },
    },
  });
  return (
    bill && {
      id: bill.id,
      number: bill.number,
      status: bill.status,
      profileId: bill.communication.profileId,
    }
  );
}

/** The language a profile reads its bills in. */
export async function findProfileLanguage(profileId: string) {
  const profile = await db().patientProfile.findUnique({
    where: { id: profileId },
    select: { language: true },
  });
  return profile?.language ?? null;
}

/** The taxes the clinic applies to new bills, in order. */
export async function listClinicTaxes(clinicId: string) {
  return db().clinicTax.findMany({
    where: { clinicId },
    orderBy: { position: "asc" },
    select: { nameEn: true, nameFr: true, ratePpm: true },
  });
}

/** A profile's unpaid bills still on offer to the patient (not withdrawn), soonest due first. */
export async function listUnpaidBills(profileId: AuthorizedProfileId, take = 10) {
  return db().bill.findMany({
    where: { status: "unpaid", communication: { profileId, withdrawnAt: null } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take,
    select: { id: true, number: true, dueOn: true, totalCents: true, communicationId: true },
  });
}
