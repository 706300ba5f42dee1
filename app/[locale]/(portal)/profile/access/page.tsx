import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessLogTable } from "@/components/activity/access-log-table";
import { Pagination } from "@/components/shell/pagination";
import { loadAccessLog } from "@/lib/activity/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessLog");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<{ profile?: string | string[]; page?: string | string[] }>;
}) {
  const query = await searchParams;
  const log = await loadAccessLog(one(query.profile), Number(one(query.page)) || 1);
  const [t, common, locale] = await Promise.all([
    getTranslations("accessLog"),
    getTranslations("common.pagination"),
    getLocale(),
  ]);
  const profileQuery: Record<string, string> = log.profile.own ? {} : { profile: log.profile.id };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {log.profile.own
          ? t("title")
          : t("titleOf", { name: `${log.profile.firstName} ${log.profile.lastName}` })}
      </h1>
      <p>{t("intro")}</p>
      <AccessLogTable lines={log.lines} locale={locale} timeZone={log.timeZone} />
      <Pagination
        page={log.page}
        pages={log.pages}
        href={(page) => ({
          pathname: "/profile/access",
          query: { ...profileQuery, page: String(page) },
        })}
        labels={{
          label: common("label"),
          previous: common("previous"),
          next: common("next"),
          page: common("page", { page: log.page, pages: log.pages }),
        }}
      />
    </div>
  );
}
