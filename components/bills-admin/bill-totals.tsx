"use client";
import { useLocale, useTranslations } from "next-intl";
import { DetailList } from "@/components/shell/detail-list";
import { billAmounts } from "@/lib/bills/amounts";
import { formatMoney, formatTaxRate } from "@/lib/bills/money";
import type { AppLocale } from "@/lib/i18n/routing";

export type ClinicTax = { nameEn: string; nameFr: string; ratePpm: number };

/** The totals as the server will store them (same billAmounts), while staff type the lines. */
export function BillTotals({
  amounts,
  taxes,
}: {
  amounts: readonly number[];
  taxes: readonly ClinicTax[];
}) {
  const t = useTranslations("adminBills");
  const locale = useLocale() as AppLocale;
  const subtotal = amounts.reduce((sum, a) => sum + a, 0);
  // A negative subtotal is refused by the form's own check; show no totals for it.
  if (subtotal < 0) return null;
  const bill = billAmounts(
    amounts.map((amountCents) => ({ amountCents })),
    taxes,
  );
  return (
    <div aria-live="polite">
      <DetailList
        layout="columns"
        items={[
          { term: t("subtotal"), detail: formatMoney(bill.subtotalCents, locale) },
          ...bill.taxes.map((tax) => ({
            term: t("tax", {
              name: locale === "fr" ? tax.nameFr : tax.nameEn,
              rate: formatTaxRate(tax.ratePpm, locale),
            }),
            detail: formatMoney(tax.amountCents, locale),
          })),
          { term: t("total"), detail: <strong>{formatMoney(bill.totalCents, locale)}</strong> },
        ]}
      />
    </div>
  );
}
