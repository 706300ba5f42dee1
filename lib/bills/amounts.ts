// A bill's amounts, in integer cents: the PDF, the staff form and the stored
// rows must agree to the cent, so every tax is rounded once, the same way.

const PPM = 1_000_000;

/** A tax rate in parts per million of the subtotal (Québec's QST 9.975 % is 99750). */
export type TaxRate = { ratePpm: number };

export type BillAmounts<Tax extends TaxRate> = {
  subtotalCents: number;
  taxes: (Tax & { amountCents: number })[];
  totalCents: number;
};

/** A tax on a subtotal, rounded half up to the cent (5 % of 10.10 $ is 0.505 $ → 0.51 $). */
export function taxCents(subtotalCents: number, ratePpm: number): number {
  // Integers whose product stays below 2^53 for any amount a 32-bit column
  // holds: dropping the remainder first keeps the division exact.
  const scaled = subtotalCents * ratePpm + PPM / 2;
  return (scaled - (scaled % PPM)) / PPM;
}

/** Subtotal (the sum of the lines), each tax on the subtotal, and the total. */
export function billAmounts<Tax extends TaxRate>(
  lines: readonly { amountCents: number }[],
  taxes: readonly Tax[],
): BillAmounts<Tax> {
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amountCents)) {
      throw new RangeError(`A line amount must be whole cents, got ${line.amountCents}`);
    }
  }
  for (const tax of taxes) {
    if (!Number.isInteger(tax.ratePpm) || tax.ratePpm < 0 || tax.ratePpm > PPM) {
      throw new RangeError(`A tax rate must be 0 to ${PPM} ppm, got ${tax.ratePpm}`);
    }
  }
  const subtotalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  // The database refuses a negative subtotal; rounding "half up" is only defined here for ≥ 0.
  if (subtotalCents < 0) throw new RangeError(`A bill's subtotal cannot be negative`);
  const withAmounts = taxes.map((tax) => ({
    ...tax,
    amountCents: taxCents(subtotalCents, tax.ratePpm),
  }));
  const totalCents = withAmounts.reduce((sum, tax) => sum + tax.amountCents, subtotalCents);
  return { subtotalCents, taxes: withAmounts, totalCents };
}
