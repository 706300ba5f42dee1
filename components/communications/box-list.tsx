import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/shell/data-table";
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
    <DataTable
      caption={t("list.caption", { box: t(`boxes.${box}`) })}
      columns={[t("list.subject"), t("list.kind"), t("list.date")]}
    >
      {rows.map((row) => {
        const at =
          box === "sent" && row.patientActivityAt ? row.patientActivityAt : row.lastActivityAt;
        return (
          <tr
            key={row.id}
            className={`border-b border-gray-200 ${row.unread ? "font-semibold" : ""}`}
          >
            <th scope="row" className="p-3 font-[inherit]">
              {/* No prefetch: opening a thread marks it read and is audited, and a prefetch is not a reading. */}
              <Link
                href={`/${box}/${row.id}`}
                prefetch={false}
                className="relative inline-block text-brand-800 underline"
              >
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
    </DataTable>
  );
}
