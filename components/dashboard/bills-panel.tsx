import { getLocale, getTranslations } from "next-intl/server";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { Card } from "@/components/shell/card";
import { formatMoney } from "@/lib/bills/money";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatLocalDate } from "@/lib/time/format";

export type BillsOfProfile = {
  profileId: string;
  who: string;
  bills: {
    id: string;
    communicationId: string;
    number: string;
    totalCents: number;
    dueOn: string;
  }[];
};

/** Unpaid bills per person, soonest due first, each opening its thread (for that person). */
export async function BillsPanel({ bills }: { bills: BillsOfProfile[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const due = bills.flatMap((p) =>
    p.bills.map((b) => ({ ...b, who: p.who, profileId: p.profileId })),
  );
  return (
    <Card padding="compact" heading={t("billsTitle")} headingSize="lg">
      {due.length === 0 ? (
        <p className="mt-2 text-muted">{t("billsNone")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-200">
          {due.map((b) => (
            <li key={b.id}>
              <SelectProfileLink
                locale={locale}
                profileId={b.profileId}
                path={`/bills/${encodeURIComponent(b.communicationId)}`}
                className="block min-h-11 rounded-md px-1 py-2 hover:bg-gray-50"
              >
                <span className="block font-semibold text-brand-800 underline">
                  {t("billNumber", { number: b.number })}
                </span>
                <span className="block">
                  {t("billDue", {
                    amount: formatMoney(b.totalCents, locale as AppLocale),
                    date: formatLocalDate(b.dueOn, locale, "date"),
                  })}
                </span>
                <span className="block text-sm text-muted">{b.who}</span>
              </SelectProfileLink>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
