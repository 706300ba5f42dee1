// Amounts and tax rates as a Canadian reader writes them: $1,234.50 and 9.975%
// in English, 1 234,50 $ and 9,975 % in Québec French. Pure: pages, emails
// and the bill PDF share it.
import type { AppLocale } from "@/lib/i18n/routing";

const tag = (locale: AppLocale) => (locale === "fr" ? "fr-CA" : "en-CA");

const money = new Map<AppLocale, Intl.NumberFormat>();
const rates = new Map<AppLocale, Intl.NumberFormat>();

/** Whole cents as Canadian dollars. */
export function formatMoney(cents: number, locale: AppLocale): string {
  let f = money.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), { style: "currency", currency: "CAD" });
    money.set(locale, f);
  }
  return f.format(cents / 100);
}

/** A rate in parts per million as a percentage, with as many decimals as it has (5 %, 9,975 %). */
export function formatTaxRate(ratePpm: number, locale: AppLocale): string {
  let f = rates.get(locale);
  if (!f) {
    // 1 ppm is 0.0001 %: four decimals show any rate exactly.
    f = new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 4 });
    rates.set(locale, f);
  }
  return f.format(ratePpm / 1_000_000);
}
