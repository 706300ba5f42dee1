import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPatientList } from "@/lib/admin/loaders";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPatients");
  return { title: t("title") };
}

const linkButton =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50";

export default async function PatientsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const { q, page } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const list = await loadPatientList(query, Number(page) || 1);
  const t = await getTranslations("adminPatients");
  const pageHref = (n: number) => ({
    pathname: "/admin/patients",
    query: { ...(query ? { q: query } : {}), page: String(n) },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link
          href="/admin/patients/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("new")}
        </Link>
      </div>
      <form method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="q" className="block font-medium">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 px-3"
          />
        </div>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("searchButton")}
        </button>
        {query && (
          <Link href="/admin/patients" className={linkButton}>
            {t("clear")}
          </Link>
        )}
      </form>
      <p role="status">{t("results", { total: list.total })}</p>
      {list.rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-gray-100 text-sm">
              <tr>
                <th scope="col" className="p-3">
                  {t("columns.name")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.dateOfBirth")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.email")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-t border-gray-200">
                  <th scope="row" className="p-3 font-normal">
                    {/* No prefetch: opening a profile is an audited view, a hover is not. */}
                    <Link
                      href={`/admin/patients/${row.id}`}
                      prefetch={false}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                    >
                      {row.name}
                    </Link>
                  </th>
                  <td className="p-3 whitespace-nowrap">{row.dateOfBirth}</td>
                  <td className="p-3 break-all">{row.email ?? t("noEmail")}</td>
                  <td className="p-3">{t(`status.${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pages > 1 && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} className={linkButton}>
              {t("previous")}
            </Link>
          )}
          <span>{t("page", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && (
            <Link href={pageHref(list.page + 1)} className={linkButton}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
