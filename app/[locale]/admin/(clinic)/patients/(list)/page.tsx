import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPatientList } from "@/lib/admin/loaders";
import { DataTable } from "@/components/shell/data-table";
import { Pagination } from "@/components/shell/pagination";
import { FilterField, FilterForm, filterControlClass } from "@/components/shell/filter-form";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPatients");
  return { title: t("title") };
}

export default async function PatientsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string; lapsing?: string }>;
}) {
  const { q, page, lapsing: lapsingParam } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const lapsing = lapsingParam === "1";
  const list = await loadPatientList(query, Number(page) || 1, lapsing);
  const [t, tAccess] = await Promise.all([
    getTranslations("adminPatients"),
    getTranslations("adminProfileAccess"),
  ]);
  const pageHref = (n: number) => ({
    pathname: "/admin/patients",
    query: {
      ...(query ? { q: query } : {}),
      ...(lapsing ? { lapsing: "1" } : {}),
      page: String(n),
    },
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
      <FilterForm
        search
        submit={t("searchButton")}
        clear={query || lapsing ? { href: "/admin/patients", label: t("clear") } : undefined}
      >
        <FilterField id="q" label={t("search")}>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            className={filterControlClass}
          />
        </FilterField>
        <label className="flex min-h-11 items-center gap-2 sm:self-end">
          <input
            type="checkbox"
            name="lapsing"
            value="1"
            defaultChecked={lapsing}
            className="size-5"
          />
          {tAccess("lapsingFilter")}
        </label>
      </FilterForm>
      <p role="status">{t("results", { total: list.total })}</p>
      {list.rows.length > 0 && (
        <DataTable
          caption={t("title")}
          columns={[
            t("columns.name"),
            t("columns.dateOfBirth"),
            t("columns.email"),
            t("columns.status"),
          ]}
        >
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
        </DataTable>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        href={pageHref}
        labels={{
          label: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: list.page, pages: list.pages }),
        }}
      />
    </div>
  );
}
