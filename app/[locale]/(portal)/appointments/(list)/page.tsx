import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppointmentList } from "@/components/appointments/appointment-list";
import { Pagination } from "@/components/shell/pagination";
import { Section } from "@/components/shell/section";
import { Link } from "@/lib/i18n/navigation";
import { loadAppointmentsTab } from "@/lib/appointments/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments");
  return { title: t("title") };
}

type Param = string | string[] | undefined;
const one = (v: Param) => (typeof v === "string" ? v : undefined);

export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ profile?: Param; upcoming?: Param; past?: Param }>;
}) {
  const query = await searchParams;
  const tab = await loadAppointmentsTab(one(query.profile), {
    upcoming: Number(one(query.upcoming)) || 1,
    past: Number(one(query.past)) || 1,
  });
  const [t, common] = await Promise.all([
    getTranslations("appointments"),
    getTranslations("common.pagination"),
  ]);
  const { profile } = tab;
  const profileQuery: Record<string, string> = profile.own ? {} : { profile: profile.id };
  const name = `${profile.firstName} ${profile.lastName}`;
  // Each list keeps the other's page: a page number of 1 is left out of the address.
  const pageQuery = (pages: { upcoming: number; past: number }) => {
    const query = { ...profileQuery };
    if (pages.upcoming > 1) query.upcoming = String(pages.upcoming);
    if (pages.past > 1) query.past = String(pages.past);
    return { pathname: "/appointments", query };
  };
  const current = { upcoming: tab.upcoming.page, past: tab.past.page };
  const lists = [
    {
      key: "upcoming",
      list: tab.upcoming,
      heading: t("upcoming"),
      count: t("upcomingCount", { count: tab.upcoming.total }),
      empty: t("noUpcoming"),
      pagesLabel: t("upcomingPages"),
    },
    {
      key: "past",
      list: tab.past,
      heading: t("history"),
      count: t("pastCount", { count: tab.past.total }),
      empty: t("noHistory"),
      pagesLabel: t("pastPages"),
    },
  ] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {profile.own ? t("title") : t("titleOf", { name })}
      </h1>
      <div className="flex flex-wrap gap-3">
        <Link
          href={{ pathname: "/appointments/book", query: profileQuery }}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("book")}
        </Link>
        {tab.clinic.emergencyBookingEnabled && (
          <Link
            href={{ pathname: "/appointments/emergency", query: profileQuery }}
            className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
          >
            {t("emergency")}
          </Link>
        )}
      </div>
      {lists.map(({ key, list, heading, count, empty, pagesLabel }) => (
        <Section
          key={key}
          heading={heading}
          headingSize="lg"
          actions={list.total > 0 && <p className="text-muted">{count}</p>}
          className="space-y-3"
        >
          <AppointmentList
            rows={list.rows}
            profile={profile}
            timeZone={tab.clinic.timeZone}
            empty={empty}
          />
          <Pagination
            page={list.page}
            pages={list.pages}
            href={(page) => pageQuery({ ...current, [key]: page })}
            // The tab's pages are recorded when a proxy opens them: a prefetch is not a visit.
            prefetch={profile.own ? undefined : false}
            labels={{
              label: pagesLabel,
              previous: common("previous"),
              next: common("next"),
              page: common("page", { page: list.page, pages: list.pages }),
            }}
          />
        </Section>
      ))}
    </div>
  );
}
