import { getLocale, getTranslations } from "next-intl/server";
import type { loadBookedAppointment } from "@/lib/appointments/loaders";
import { Link } from "@/lib/i18n/navigation";
import { tabHref } from "./booking-links";
import { localName, personName, siteAddress } from "./names";
import { formatInstant } from "@/lib/time/format";

type Booked = Awaited<ReturnType<typeof loadBookedAppointment>>;

export async function BookingDone({ booked }: { booked: Booked }) {
  const [t, ta, locale] = await Promise.all([
    getTranslations("booking"),
    getTranslations("appointments"),
    getLocale(),
  ]);
  const { appointment: a, clinic, profile } = booked;
  const address = siteAddress(a.site);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("doneTitle")}</h1>
      <p role="status">{t("doneText")}</p>
      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("dateTime")}</dt>
        <dd>
          {ta("dateTime", {
            date: formatInstant(a.startsAt, locale, clinic.timeZone, "weekdayDate"),
            time: formatInstant(a.startsAt, locale, clinic.timeZone, "time"),
          })}
        </dd>
        <dt className="font-medium">{ta("practitioner")}</dt>
        <dd>{personName(a.practitioner)}</dd>
        <dt className="font-medium">{ta("site")}</dt>
        <dd>
          {localName(a.site, locale)}
          {address && <span className="block">{address}</span>}
          {a.site.phone && <span className="block">{ta("phone", { phone: a.site.phone })}</span>}
        </dd>
        <dt className="font-medium">{ta("type")}</dt>
        <dd>
          {localName(a.type, locale)} — {ta("duration", { minutes: a.type.durationMinutes })}
        </dd>
      </dl>
      <Link
        href={tabHref(profile)}
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        {t("done")}
      </Link>
    </div>
  );
}
