import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/shell/pagination";
import { loadAuditLog } from "@/lib/audit/loaders";
import { auditQueryParams } from "@/lib/audit/schema";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAudit");
  return { title: t("title") };
}

const linkButton =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50";
const fieldClass = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const log = await loadAuditLog(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("adminAudit"), getLocale()]);
  const { query } = log;
  const filters = auditQueryParams(query);
  const filtered = Object.keys(filters).length > 0;
  const pageHref = (n: number) => ({
    pathname: "/admin/audit",
    query: { ...filters, page: String(n) },
  });
  const profile = (name: string | null, id: string | null) =>
    id ? (name ?? t("unknownProfile", { id })) : t("none");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {/* A plain link: the export is a file download, audited when it is asked for. */}
        <a
          href={`/api/admin/audit?${new URLSearchParams(filters).toString()}`}
          className={linkButton}
          download
        >
          {t("export")}
        </a>
      </div>
      <p>{t("intro")}</p>
      <form
        method="get"
        aria-label={t("filters")}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      >
        <div>
          <label htmlFor="patient" className="block font-medium">
            {t("patient")}
          </label>
          <input
            id="patient"
            name="patient"
            type="search"
            maxLength={200}
            defaultValue={query.patient ?? ""}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="staff" className="block font-medium">
            {t("staff")}
          </label>
          <select id="staff" name="staff" defaultValue={query.staff ?? ""} className={fieldClass}>
            <option value="">{t("allStaff")}</option>
            {log.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block font-medium">
            {t("action")}
          </label>
          <input
            id="action"
            name="action"
            maxLength={64}
            defaultValue={query.action ?? ""}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="from" className="block font-medium">
            {t("from")}
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={query.from ?? ""}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="to" className="block font-medium">
            {t("to")}
          </label>
          <input
            id="to"
            name="to"
            type="date"
            defaultValue={query.to ?? ""}
            className={fieldClass}
          />
        </div>
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
          {filtered && (
            <Link href="/admin/audit" prefetch={false} className={linkButton}>
              {t("clear")}
            </Link>
          )}
        </div>
      </form>
      <p role="status">{t("results", { total: log.total })}</p>
      {/* Wider than a phone: the scrolling box takes keyboard focus, named by the table's title. */}
      {log.rows.length > 0 && (
        <div
          role="region"
          aria-label={t("title")}
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-gray-100">
              <tr>
                {(["when", "who", "actingFor", "subject", "what", "outcome", "ip"] as const).map(
                  (c) => (
                    <th key={c} scope="col" className="p-3">
                      {t(`columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id} className="border-t border-gray-200 align-top">
                  <th scope="row" className="p-3 font-normal whitespace-nowrap">
                    {formatInstant(row.at, locale, log.timeZone, "shortDateTime")}
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        prefetch={false}
        page={query.page}
        pages={log.pages}
        href={pageHref}
        labels={{
          label: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: query.page, pages: log.pages }),
        }}
      />
    </div>
  );
}
