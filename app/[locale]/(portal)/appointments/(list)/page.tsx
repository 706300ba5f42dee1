import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppointmentList } from "@/components/appointments/appointment-list";
import { Section } from "@/components/shell/section";
import { Link } from "@/lib/i18n/navigation";
import { loadAppointmentsTab } from "@/lib/appointments/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments");
  return { title: t("title") };
}

export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ profile?: string | string[]; open?: string | string[] }>;
}) {
  const { profile, open } = await searchParams;
  const openId = typeof open === "string" ? open : undefined;
  const tab = await loadAppointmentsTab(typeof profile === "string" ? profile : undefined);
  const t = await getTranslations("appointments");
  const query = tab.profile.own ? "" : `?profile=${encodeURIComponent(tab.profile.id)}`;
  const name = `${tab.profile.firstName} ${tab.profile.lastName}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {tab.profile.own ? t("title") : t("titleOf", { name })}
      </h1>
      <div className="flex flex-wrap gap-3">
        <Link
          href={`/appointments/book${query}`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("book")}
        </Link>
        {tab.clinic.emergencyBookingEnabled && (
          <Link
            href={`/appointments/emergency${query}`}
            className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
          >
            {t("emergency")}
          </Link>
        )}
      </div>
      <Section heading={t("upcoming")} headingSize="lg">
        <AppointmentList
          items={tab.upcoming}
          openId={openId}
          profileId={tab.profile.id}
          timeZone={tab.clinic.timeZone}
          clinicPhone={tab.clinic.phone}
          empty={t("noUpcoming")}
        />
      </Section>
      <Section heading={t("history")} headingSize="lg">
        <AppointmentList
          items={tab.history}
          openId={openId}
          profileId={tab.profile.id}
          timeZone={tab.clinic.timeZone}
          clinicPhone={tab.clinic.phone}
          empty={t("noHistory")}
        />
      </Section>
    </div>
  );
}
