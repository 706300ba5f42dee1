import type { LocalDate } from "@/lib/time/zoned";

/** Everything a bill's PDF prints, read from the database and rendered in the reader's language. */
export type BillForPdf = {
  clinic: {
    name: string;
    addressLine: string;
    city: string;
    /** Two-letter code, as on an envelope: QC. */
    province: string;
    postalCode: string;
    phone: string;
    email: string;
  };
  /** The clinic's logo (the stored PNG), printed at the top; absent without one. */
  logo?: Uint8Array | null;
  patientName: string;
  number: string;
  issuedOn: LocalDate;
  dueOn: LocalDate;
  status: "unpaid" | "paid" | "void";
  /** In order of position. */
  lines: { description: string; amountCents: number }[];
  /** In order of position; both names, so one bill prints in either language. */
  taxes: { nameEn: string; nameFr: string; ratePpm: number; amountCents: number }[];
  subtotalCents: number;
  totalCents: number;
};
