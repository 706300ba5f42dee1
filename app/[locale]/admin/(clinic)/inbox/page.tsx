import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ThreadStatusBadge } from "@/components/appointments/status-badge";
import { Pagination } from "@/components/shell/pagination";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { THREAD_STATUSES } from "@/lib/communications/schema";
import { loadStaffInbox } from "@/lib/communications/staff-loaders";
import { DataTable } from "@/components/shell/data-table";
import { FilterField, FilterForm, filterControlClass } from "@/components/shell/filter-form";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminInbox");
  return { title: t("title") };
}

export default async function StaffInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const inbox = await loadStaffInbox(await searchParams);
  const [t, tc, locale, timeZone] = await Promise.all([
    getTranslations("adminInbox"),
    getTranslations("common"),
    getLocale(),
    loadClinicTimeZone(),
  ]);
  const { status, patient, page } = inbox.query;
  const filtered = Boolean(status || patient);
  const pageHref = (n: number) => ({
    pathname: "/admin/inbox",
    query: { ...(status ? { status } : {}), ...(patient ? { patient } : {}), page: String(n) },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm
        label={t("filters")}
        submit={t("apply")}
        clear={filtered ? { href: "/admin/inbox", label: t("clear") } : undefined}
      >
        <FilterField id="status" label={t("status")}>
          <select
            id="status"
            name="status"
            defaultValue={status ?? ""}
            className={filterControlClass}
          >
            <option value="">{t("allStatuses")}</option>
            {THREAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="patient" label={t("patient")}>
          <select
            id="patient"
            name="patient"
            defaultValue={patient ?? ""}
            className={filterControlClass}
          >
            <option value="">{t("allPatients")}</option>
            {inbox.patients.map((p) => (
              <option key={p.id} value={p.id}>
                {t("patientOption", { lastName: p.lastName, firstName: p.firstName })}
              </option>
            ))}
          </select>
        </FilterField>
      </FilterForm>
      <p role="status">{t("results", { total: inbox.total })}</p>
      {inbox.rows.length > 0 && (
        <DataTable
          caption={t("title")}
          columns={[
            t("columns.subject"),
            t("columns.patient"),
            t("columns.status"),
            t("columns.activity"),
          ]}
        >
          {inbox.rows.map((row) => (
            <tr
              key={row.id}
              className={`border-t border-gray-200 ${row.unread ? "font-semibold" : ""}`}
            >
              <th scope="row" className="p-3 font-normal">
                {/* No prefetch: opening a thread marks it read and is an audited view. */}
                <Link
                  href={`/admin/inbox/${row.id}`}
                  prefetch={false}
                  className={`inline-flex min-h-11 items-center text-brand-800 underline ${
                    row.unread ? "font-bold" : ""
                  }`}
                >
                  {row.unread && (
                    <span className="sr-only">{tc("labelled", { label: t("unread") })} </span>
                  )}
                  {row.subject}
                </Link>
              </th>
              <td className="p-3">
                {row.profile.firstName} {row.profile.lastName}
              </td>
              <td className="p-3">
                <ThreadStatusBadge status={row.status} />
              </td>
              <td className="p-3 whitespace-nowrap">
                {row.patientActivityAt &&
                  formatInstant(row.patientActivityAt, locale, timeZone, "shortDateTime")}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        page={page}
        pages={inbox.pages}
        href={pageHref}
        labels={{
          label: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page, pages: inbox.pages }),
        }}
      />
    </div>
  );
}
