import "server-only";
// Reads of bills. The PDF is rendered from these rows at each download, so a
// payment or a void shows in the next copy the patient opens.
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
