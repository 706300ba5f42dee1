import "server-only";
import { db } from "@/lib/db/client";

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
