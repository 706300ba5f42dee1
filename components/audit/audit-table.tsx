import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/shell/data-table";
import type { AuditRow } from "@/lib/audit/data";
import { formatInstant } from "@/lib/time/format";

/** Audit events as a table (who, for whom, about whom, what, outcome, from where): the audit log and a patient's Audit tab. */
export async function AuditTable({
  rows,
  timeZone,
  caption,
}: {
  rows: AuditRow[];
  timeZone: string;
  caption: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("adminAudit"), getLocale()]);
  const profile = (name: string | null, id: string | null) =>
    id ? (name ?? t("unknownProfile", { id })) : t("none");
  return (
    <DataTable
      caption={caption}
      dense
      columns={(["when", "who", "actingFor", "subject", "what", "outcome", "ip"] as const).map(
        (c) => t(`columns.${c}`),
      )}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-gray-200 align-top">
          <th scope="row" className="p-3 font-normal whitespace-nowrap">
            {formatInstant(row.at, locale, timeZone, "shortDateTime")}
          </th>
          <td className="p-3 break-all">
            {row.actorAccountId
              ? t("whoWithRole", {
                  who: row.actorEmail ?? row.actorAccountId,
                  role: row.actorRole ? t(`roles.${row.actorRole}`) : t("none"),
                })
              : t("unknownActor")}
          </td>
          <td className="p-3">{profile(row.actingForName, row.actingForProfileId)}</td>
          <td className="p-3">{profile(row.subjectName, row.subjectProfileId)}</td>
          <td className="p-3 break-all">
            {t("what", { resourceType: row.resourceType, action: row.action })}
          </td>
          <td className="p-3">{t(`outcomes.${row.outcome}`)}</td>
          <td className="p-3 break-all">{row.ip ?? t("none")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
