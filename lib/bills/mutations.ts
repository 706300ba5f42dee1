import "server-only";
// Writes of bills. A bill is a communication of kind "bill": its rows are
// written inside sendCommunication's transaction, so the thread, the bill, the
// audit event and the patient's emails commit together or not at all. Its
// amounts come from billAmounts, the function the PDF and the form use.
import { createTranslator } from "next-intl";
import type { AuthorizedProfileId } from "@/lib/access/profile-access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { hasStaffRole } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { sendCommunication } from "@/lib/communications/mutations";
import { db, type DbClient } from "@/lib/db/client";
import type { BillStatus } from "@/lib/db/enums";
import { isUniqueViolation } from "@/lib/db/errors";
import { catalogues } from "@/lib/i18n/catalogues";
import { billAmounts } from "./amounts";
import { findBillScope, findProfileLanguage } from "./data";
import type { BillInput, BillLineInput } from "./schema";

type Tax = { nameEn: string; nameFr: string; ratePpm: number };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A bill's rows (lines, taxes, totals) for a thread; the demo factory writes them the same way. */
export async function writeBillRows(
  tx: DbClient,
  bill: {
    clinicId: string;
    communicationId: string;
    number: string;
    issuedOn: string;
    dueOn: string;
    status?: BillStatus;
    lines: readonly BillLineInput[];
    taxes: readonly Tax[];
  },
) {
  const amounts = billAmounts(bill.lines, bill.taxes);
  return tx.bill.create({
    data: {
      clinicId: bill.clinicId,
      communicationId: bill.communicationId,
      number: bill.number,
      issuedOn: day(bill.issuedOn),
      dueOn: day(bill.dueOn),
      status: bill.status ?? "unpaid",
      subtotalCents: amounts.subtotalCents,
      totalCents: amounts.totalCents,
      lines: {
        create: bill.lines.map((l, position) => ({
          description: l.description,
          amountCents: l.amountCents,
          position,
        })),
      },
      taxes: {
        create: amounts.taxes.map((t, position) => ({
          nameEn: t.nameEn,
          nameFr: t.nameFr,
          ratePpm: t.ratePpm,
          amountCents: t.amountCents,
          position,
        })),
      },
    },
    select: { id: true },
  });
}

export type EnterBillCode = "notFound" | "invalid";

/**
 * Staff enter a bill for a profile of their clinic. The taxes are the clinic's
 * at this moment, copied into the bill, so a later change of rate leaves it as
 * issued. A number the clinic already used is a field error, nothing saved.
 */
export async function enterBill(
  input: {
    clinic: { id: string; timeZone: string };
    profileId: AuthorizedProfileId;
    bill: BillInput;
  },
  actor: Actor,
): Promise<ActionResult<{ communicationId: string }, EnterBillCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const { bill } = input;
  const language = await findProfileLanguage(input.profileId);
  if (!language) return fail("notFound");
  // The thread's default words are the patient's, like the PDF's title.
  const title = createTranslator({
    locale: language,
    messages: catalogues[language],
    namespace: "billPdf",
  })("documentTitle", { number: bill.number });
  try {
    return await sendCommunication(
      {
        clinic: input.clinic,
        profileId: input.profileId,
        kind: "bill",
        subject: bill.subject || title,
        body: bill.body || title,
        replyRule: bill.replyRule,
        files: [],
        within: async (tx, communicationId) => {
          const taxes = await tx.clinicTax.findMany({
            where: { clinicId: input.clinic.id },
            orderBy: { position: "asc" },
            select: { nameEn: true, nameFr: true, ratePpm: true },
          });
          await writeBillRows(tx, { ...bill, clinicId: input.clinic.id, communicationId, taxes });
        },
      },
      actor,
    );
  } catch (error) {
    // The only unique index a bill's transaction can hit is (clinicId, number).
    if (isUniqueViolation(error)) return fail("invalid", { number: "numberTaken" });
    throw error;
  }
}

export type BillStatusCode = "notFound" | "alreadyChanged";

/**
 * An unpaid bill becomes paid or void, once: the UPDATE is conditional on
 * "unpaid", so two tabs (or two staff) end in one state and the second is told.
 */
export async function setBillStatus(
  input: { clinicId: string; billId: string; status: "paid" | "void" },
  actor: Actor,
): Promise<ActionResult<{ status: BillStatus }, BillStatusCode>> {
  if (!hasStaffRole(actor.role)) return fail("notFound");
  const scope = await findBillScope(input.clinicId, input.billId);
  if (!scope) return fail("notFound");
  const at = now();
  return db().$transaction(async (tx) => {
    // A withdrawn thread's bill is the clinic's record, no longer the patient's to settle.
    const { count } = await tx.bill.updateMany({
      where: {
        id: scope.id,
        clinicId: input.clinicId,
        status: "unpaid",
        communication: { withdrawnAt: null },
      },
      data: { status: input.status, statusChangedAt: at },
    });
    if (count === 0) return fail("alreadyChanged");
    await recordAudit(
      {
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        subjectProfileId: scope.profileId,
        resourceType: "bill",
        resourceId: scope.id,
        action: input.status === "paid" ? "markPaid" : "void",
        ip: actor.ip,
        userAgent: actor.userAgent,
        requestId: actor.requestId,
        detail: { before: "unpaid", after: input.status, number: scope.number },
      },
      tx,
    );
    return ok({ status: input.status });
  });
}

/** The clinic's taxes, replaced as a list (positions are the order shown), audited with before/after. */
export async function saveClinicTaxes(
  clinicId: string,
  taxes: readonly Tax[],
  actor: Actor,
): Promise<ActionResult<undefined, "notFound">> {
  if (!hasStaffRole(actor.role, { admin: true })) return fail("notFound");
  const describe = (list: readonly Tax[]) =>
    list.map((t) => `${t.nameEn}/${t.nameFr} ${t.ratePpm}`).join("; ");
  return db().$transaction(async (tx) => {
    const before = await tx.clinicTax.findMany({
      where: { clinicId },
      orderBy: { position: "asc" },
      select: { nameEn: true, nameFr: true, ratePpm: true },
    });
    await tx.clinicTax.deleteMany({ where: { clinicId } });
    await tx.clinicTax.createMany({
      data: taxes.map((t, position) => ({ ...t, clinicId, position })),
    });
    await recordAudit(
      {
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        resourceType: "clinic",
        resourceId: clinicId,
        action: "updateTaxes",
        ip: actor.ip,
        userAgent: actor.userAgent,
        requestId: actor.requestId,
        detail: { before: describe(before), after: describe(taxes) },
      },
      tx,
    );
    return ok();
  });
}
