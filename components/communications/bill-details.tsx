import { getTranslations } from "next-intl/server";
import { DetailList } from "@/components/shell/detail-list";
import { formatMoney } from "@/lib/bills/money";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatLocalDate } from "@/lib/time/format";
import type { BillStatus } from "@/lib/db/enums";

/** A bill's dates, total and status, as the patient's and the staff's thread pages show them. */
export async function BillDetails({
  bill,
  locale,
}: {
  bill: { issuedOn: Date; dueOn: Date; totalCents: number; status: BillStatus };
  locale: AppLocale;
}) {
  const t = await getTranslations("communications.bill");
  // Bill dates are calendar days (@db.Date), read at UTC midnight.
  const day = (d: Date) => formatLocalDate(d.toISOString().slice(0, 10), locale);
  return (
    <DetailList
      layout="columns"
      items={[
        { term: t("issued"), detail: day(bill.issuedOn) },
        { term: t("due"), detail: day(bill.dueOn) },
        { term: t("total"), detail: formatMoney(bill.totalCents, locale) },
        { term: t("status"), detail: t(`statuses.${bill.status}`) },
      ]}
    />
  );
}
