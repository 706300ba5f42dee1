import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/shell/pagination";
import { loadAuditLog } from "@/lib/audit/loaders";
import { auditQueryParams } from "@/lib/audit/schema";
import { AuditTable } from "@/components/audit/audit-table";
import {
  FilterField,
  FilterForm,
  filterControlClass,
  secondaryLinkClass,
} from "@/components/shell/filter-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAudit");
  return { title: t("title") };
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const log = await loadAuditLog(await searchParams);
  const t = await getTranslations("adminAudit");
  const { query } = log;
  const filters = auditQueryParams(query);
  const filtered = Object.keys(filters).length > 0;
  const pageHref = (n: number) => ({
    pathname: "/admin/audit",
    query: { ...filters, page: String(n) },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {/* A plain link: the export is a file download, audited when it is asked for. */}
        <a
          href={`/api/admin/audit?${new URLSearchParams(filters).toString()}`}
          className={secondaryLinkClass}
          download
        >
          {t("export")}
        </a>
      </div>
      <p>{t("intro")}</p>
      <FilterForm
        label={t("filters")}
        grid
        submit={t("apply")}
        clear={filtered ? { href: "/admin/audit", label: t("clear"), prefetch: false } : undefined}
      >
        <FilterField id="patient" label={t("patient")}>
          <input
            id="patient"
            name="patient"
            type="search"
            maxLength={200}
            defaultValue={query.patient ?? ""}
            className={filterControlClass}
          />
        </FilterField>
        <FilterField id="staff" label={t("staff")}>
          <select
            id="staff"
            name="staff"
            defaultValue={query.staff ?? ""}
            className={filterControlClass}
          >
            <option value="">{t("allStaff")}</option>
            {log.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.email}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="action" label={t("action")}>
          <input
            id="action"
            name="action"
            maxLength={64}
            defaultValue={query.action ?? ""}
            className={filterControlClass}
          />
        </FilterField>
        <FilterField id="from" label={t("from")}>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={query.from ?? ""}
            className={filterControlClass}
          />
        </FilterField>
        <FilterField id="to" label={t("to")}>
          <input
            id="to"
            name="to"
            type="date"
            defaultValue={query.to ?? ""}
            className={filterControlClass}
          />
        </FilterField>
      </FilterForm>
      <p role="status">{t("results", { total: log.total })}</p>
      {log.rows.length > 0 && (
        <AuditTable rows={log.rows} timeZone={log.timeZone} caption={t("title")} />
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
