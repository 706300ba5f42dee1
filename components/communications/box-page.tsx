import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/shell/pagination";
import { loadBox } from "@/lib/communications/loaders";
import type { Box } from "@/lib/communications/rules";
import { Link } from "@/lib/i18n/navigation";
import { BoxList } from "./box-list";

export type BoxSearchParams = Promise<{ profile?: string | string[]; page?: string | string[] }>;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Inbox, Documents, Bills and Sent: one page each, the same list (thin routes call this). */
export async function BoxPage({ box, searchParams }: { box: Box; searchParams: BoxSearchParams }) {
  const query = await searchParams;
  const data = await loadBox(box, one(query.profile), Number(one(query.page)) || 1);
  const [t, common] = await Promise.all([
    getTranslations("communications"),
    getTranslations("common.pagination"),
  ]);
  const profileQuery: Record<string, string> = data.profile.own ? {} : { profile: data.profile.id };
  const name = `${data.profile.firstName} ${data.profile.lastName}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          {data.profile.own ? t(`boxes.${box}`) : t("titleOf", { box: t(`boxes.${box}`), name })}
        </h1>
        {data.canStart && (
          <Link
            href={{ pathname: "/sent/new", query: profileQuery }}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("start.link")}
          </Link>
        )}
      </div>
      <BoxList box={box} rows={data.rows} timeZone={data.timeZone} />
      <Pagination
        page={data.page}
        pages={data.pages}
        href={(page) => ({ pathname: `/${box}`, query: { ...profileQuery, page: String(page) } })}
        // A proxy's visit to a box is recorded for the patient: a prefetch is not one.
        prefetch={data.profile.own ? undefined : false}
        labels={{
          label: common("label"),
          previous: common("previous"),
          next: common("next"),
          page: common("page", { page: data.page, pages: data.pages }),
        }}
      />
    </div>
  );
}
