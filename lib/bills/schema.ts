// What staff type to enter a bill, shared by the form (its live totals) and
// the action. Amounts are typed as people write them in either language
// ("25.00", "25,00", "1 234,50", "-10") and become whole cents here, once.
import { z } from "zod";
import { recordId } from "@/lib/actions/fields";
import {
  MAX_BILL_LINES,
  MAX_CLINIC_TAXES,
  MAX_LINE_CENTS,
  parseAmountCents,
  parseRatePpm,
} from "./typed";

const isoDay = z
  .string()
  .trim()
  .min(1, "required")
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "invalidDate");

/** A repeated form field arrives as a string when there is one, an array when more. */
const repeated = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string()),
);

export type BillLineInput = { description: string; amountCents: number };

/**
 * The lines of the form, by position: a fully blank line is skipped (the form
 * may leave one empty); each problem is reported on its own field
 * (`description2`, `amount2`), and on `lines` for the bill as a whole.
 */
export function billLines(
  descriptions: readonly string[],
  amounts: readonly string[],
): { lines: BillLineInput[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const lines: BillLineInput[] = [];
  const count = Math.max(descriptions.length, amounts.length);
  for (let i = 0; i < count; i++) {
    const description = (descriptions[i] ?? "").trim();
    const typed = (amounts[i] ?? "").trim();
    if (!description && !typed) continue;
    if (!description) problems[`description${i}`] = "required";
    else if (description.length > 200) problems[`description${i}`] = "tooLong";
    const amountCents = typed ? parseAmountCents(typed) : null;
    if (!typed) problems[`amount${i}`] = "required";
    else if (amountCents === null) problems[`amount${i}`] = "amountInvalid";
    else if (amountCents === 0) problems[`amount${i}`] = "amountZero";
    else if (Math.abs(amountCents) > MAX_LINE_CENTS) problems[`amount${i}`] = "amountTooLarge";
    lines.push({ description, amountCents: amountCents ?? 0 });
  }
  if (lines.length === 0) problems.lines = "linesRequired";
  else if (lines.length > MAX_BILL_LINES) problems.lines = "tooManyLines";
  else if (
    Object.keys(problems).length === 0 &&
    lines.reduce((sum, l) => sum + l.amountCents, 0) < 0
  )
    problems.lines = "negativeSubtotal";
  return { lines, problems };
}

export const billSchema = z
  .object({
    profileId: recordId,
    number: z.string().trim().min(1, "required").max(30, "tooLong"),
    issuedOn: isoDay,
    dueOn: isoDay,
    subject: z.string().trim().max(120, "tooLong").default(""),
    body: z.string().trim().max(5000, "tooLong").default(""),
    replyRule: z.enum(["none", "once", "unlimited"]),
    description: repeated,
    amount: repeated,
  })
  .transform(({ description, amount, ...rest }, ctx) => {
    const { lines, problems } = billLines(description, amount);
    for (const [field, code] of Object.entries(problems))
      ctx.addIssue({ code: "custom", message: code, path: [field] });
    // ISO days compare as text.
    if (rest.dueOn < rest.issuedOn)
      ctx.addIssue({ code: "custom", message: "dueBeforeIssued", path: ["dueOn"] });
    return { ...rest, lines };
  });

export type BillInput = Omit<z.output<typeof billSchema>, "profileId">;

export const billStatusSchema = z.object({
  billId: recordId,
  status: z.enum(["paid", "void"]),
});

export const clinicTaxesSchema = z
  .object({ nameEn: repeated, nameFr: repeated, rate: repeated })
  .transform(({ nameEn, nameFr, rate }, ctx) => {
    const taxes: { nameEn: string; nameFr: string; ratePpm: number }[] = [];
    const count = Math.max(nameEn.length, nameFr.length, rate.length);
    for (let i = 0; i < count; i++) {
      const en = (nameEn[i] ?? "").trim();
      const fr = (nameFr[i] ?? "").trim();
      const typed = (rate[i] ?? "").trim();
      if (!en && !fr && !typed) continue;
      const issue = (field: string, message: string) =>
        ctx.addIssue({ code: "custom", message, path: [`${field}${i}`] });
      if (!en) issue("nameEn", "required");
      else if (en.length > 40) issue("nameEn", "tooLong");
      if (!fr) issue("nameFr", "required");
      else if (fr.length > 40) issue("nameFr", "tooLong");
      const ratePpm = typed ? parseRatePpm(typed) : null;
      if (ratePpm === null) issue("rate", typed ? "rateInvalid" : "required");
      taxes.push({ nameEn: en, nameFr: fr, ratePpm: ratePpm ?? 0 });
    }
    if (taxes.length > MAX_CLINIC_TAXES)
      ctx.addIssue({ code: "custom", message: "tooManyTaxes", path: ["taxes"] });
    return { taxes };
  });
