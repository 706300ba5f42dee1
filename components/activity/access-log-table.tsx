import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { DataTable } from "@/components/shell/data-table";
import type { AccessLine } from "@/lib/activity/loaders";
import { formatInstant } from "@/lib/time/format";

/** "Who saw my record": one row per access by clinic staff or another account. */
export async function AccessLogTable({
  lines,
  locale,
  timeZone,
}: {
  lines: AccessLine[];
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("accessLog");
  if (lines.length === 0)
    return (
      <Card as="p" padding="compact" className="text-muted">
        {t("none")}
      </Card>
    );
  return (
    <DataTable
      caption={t("caption")}
      columns={(["when", "who", "role", "what"] as const).map((c) => t(c))}
    >
      {lines.map((line) => (
        <tr key={line.id} className="border-t border-gray-200 align-top">
          <th scope="row" className="p-3 font-normal whitespace-nowrap">
            <time dateTime={line.at.toISOString()}>
              {formatInstant(line.at, locale, timeZone, "shortDateTime")}
            </time>
          </th>
          <td className="p-3 break-words">{line.who ?? t("unknownPerson")}</td>
          <td className="p-3">{t(`roles.${line.role}`)}</td>
          <td className="p-3">
            {t(`actions.${line.what}`, { box: line.box ?? "other", kind: line.kind ?? "other" })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
