import { getLocale, getTranslations } from "next-intl/server";
import type { BoxRow } from "@/lib/communications/data";
import type { Box } from "@/lib/communications/rules";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

/**
 * A box's communications, newest first: unread ones in bold (and said so to
 * screen readers), each subject a link to its thread.
 */
export async function BoxList({
  box,
  rows,
  timeZone,
}: {
  box: Box;
  rows: BoxRow[];
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("communications"), getLocale()]);
  if (rows.length === 0)
    return <p className="rounded-lg border border-gray-200 bg-white p-4">{t(`empty.${box}`)}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("list.caption", { box: t(`boxes.${box}`) })}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="p-3">
              {t("list.subject")}
            </th>
            <th scope="col" className="p-3">
              {t("list.kind")}
            </th>
            <th scope="col" className="p-3">
              {t("list.date")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const at =
              box === "sent" && row.patientActivityAt ? row.patientActivityAt : row.lastActivityAt;
            return (
              <tr
                key={row.id}
                className={`border-b border-gray-200 ${row.unread ? "font-semibold" : ""}`}
              >
                <th scope="row" className="p-3 font-[inherit]">
                  <Link href={`/${box}/${row.id}`} className="text-brand-800 underline">
                    {row.unread && <span className="sr-only">{t("list.unreadLabel")} </span>}
                    {row.subject}
                  </Link>
                  {row.attachments > 0 && (
                    <span className="block text-sm font-normal text-muted">
                      {t("list.attachments", { count: row.attachments })}
                    </span>
                  )}
                </th>
                <td className="p-3">{t(`kinds.${row.kind}`)}</td>
                <td className="p-3 whitespace-nowrap">
                  {formatInstant(at, locale, timeZone, "shortDateTime")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
