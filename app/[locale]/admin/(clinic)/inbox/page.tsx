import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ThreadStatusBadge } from "@/components/appointments/status-badge";
import { Pagination } from "@/components/shell/pagination";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { THREAD_STATUSES } from "@/lib/communications/schema";
import { loadStaffInbox } from "@/lib/communications/staff-loaders";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminInbox");
  return { title: t("title") };
}

const linkButton =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50";
const selectClass = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";

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
      <form
        method="get"
        aria-label={t("filters")}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <div className="grow">
          <label htmlFor="status" className="block font-medium">
            {t("status")}
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className={selectClass}>
            <option value="">{t("allStatuses")}</option>
            {THREAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="grow">
          <label htmlFor="patient" className="block font-medium">
            {t("patient")}
          </label>
          <select id="patient" name="patient" defaultValue={patient ?? ""} className={selectClass}>
            <option value="">{t("allPatients")}</option>
            {inbox.patients.map((p) => (
              <option key={p.id} value={p.id}>
                {t("patientOption", { lastName: p.lastName, firstName: p.firstName })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        {filtered && (
          <Link href="/admin/inbox" className={linkButton}>
            {t("clear")}
          </Link>
        )}
      </form>
      <p role="status">{t("results", { total: inbox.total })}</p>
      {inbox.rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-gray-100 text-sm">
              <tr>
                <th scope="col" className="p-3">
                  {t("columns.subject")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.patient")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.status")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.activity")}
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
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
