import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import type { loadProfileAppointment } from "@/lib/appointments/loaders";
import { Link } from "@/lib/i18n/navigation";
import { tabHref } from "./booking-links";
import { visitDetailsIn } from "./visit-details";

type Booked = Awaited<ReturnType<typeof loadProfileAppointment>>;

export async function BookingDone({ booked }: { booked: Booked }) {
  const { appointment: a, clinic, profile } = booked;
  const [t, details] = await Promise.all([
    getTranslations("booking"),
    visitDetailsIn(clinic.timeZone),
  ]);
  const visit = details(a);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("doneTitle")}</h1>
      <p role="status">{t("doneText")}</p>
      <Card padding="compact">
        <DetailList items={[visit.when, visit.practitioner, visit.site, visit.type]} />
      </Card>
      <Link
        href={tabHref(profile)}
        prefetch={profile.own ? undefined : false}
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        {t("done")}
      </Link>
    </div>
  );
}
