import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import type { CommunicationKind } from "@/lib/db/enums";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

export type ProfileCommunicationRow = {
  id: string;
  kind: CommunicationKind;
  subject: string;
  createdAt: Date;
  withdrawnAt: Date | null;
  attachments: number;
};

/** The communications section of a patient's staff page: what was sent, and a way to send more. */
export async function ProfileCommunications({
  profileId,
  rows,
  timeZone,
  billsEnabled,
}: {
  profileId: string;
  rows: ProfileCommunicationRow[];
  timeZone: string;
  billsEnabled: boolean;
}) {
  const [t, tb, locale] = await Promise.all([
    getTranslations("adminCommunications"),
    getTranslations("adminBills"),
    getLocale(),
  ]);
  const link =
    "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";
  return (
    <Section
      heading={t("listTitle")}
      className="space-y-3"
      actions={
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/patients/${profileId}/communications/new`} className={link}>
            {t("compose")}
          </Link>
          {billsEnabled && (
            <Link href={`/admin/patients/${profileId}/bills/new`} className={link}>
              {tb("newBill")}
            </Link>
          )}
        </div>
      }
    >
      {rows.length === 0 ? (
        <Card as="p" padding="compact" className="text-muted">
          {t("none")}
        </Card>
      ) : (
        <ul className="space-y-2">
          {rows.map((row) => (
            <Card as="li" key={row.id} padding="compact" className="space-y-1">
              <p className="font-semibold break-words">
                <Link href={`/admin/inbox/${row.id}`} prefetch={false} className="underline">
                  {row.subject}
                </Link>
                {row.withdrawnAt && (
                  <span className="ml-2 rounded-md border border-gray-400 px-2 text-sm font-normal">
                    {t("withdrawn")}
                  </span>
                )}
              </p>
              <p className="text-muted">
                {`${t(`kinds.${row.kind}`)} · ${t("sentOn", {
                  date: formatInstant(row.createdAt, locale, timeZone, "shortDate"),
                })} · ${t("attachments", { count: row.attachments })}`}
              </p>
            </Card>
          ))}
        </ul>
      )}
    </Section>
  );
}
