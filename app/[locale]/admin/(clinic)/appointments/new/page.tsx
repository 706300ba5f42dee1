import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/shell/back-link";
import { Card } from "@/components/shell/card";
import { StaffBookingForm, type GridDay } from "@/components/schedule/staff-booking-form";
import { loadStaffBooking } from "@/lib/appointment-book/loaders";
import { slotValue } from "@/lib/appointment-book/schema";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";
import { addDays, localDateOf } from "@/lib/time/zoned";
import { formatInstant, formatLocalDate } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { staffBookingFormMessages } from "@/components/schedule/messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminBook.booking");
  return { title: t("title") };
}

const control = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";
const primary =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";
const secondary =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800";

export default async function StaffBookingPage({ searchParams }: Props) {
  const data = await loadStaffBooking(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("adminBook.booking"), getLocale()]);
  const { selection, profile } = data;
  const birth = (date: string) => formatLocalDate(date, locale, "date");
  const withParams = (extra: Record<string, string>) =>
    `/admin/appointments/new?${new URLSearchParams(Object.entries({ profileId: profile?.id ?? "", ...selection, ...extra }).filter(([, v]) => v))}`;
  const names = new Map(data.allPractitioners.map((p) => [p.id, practitionerName(p)]));
  const siteNames = new Map(data.sites.map((s) => [s.id, localName(s, locale)]));
  const days: GridDay[] = data.days.map((date) => ({
    date,
    title: formatLocalDate(date, locale, { weekday: "long", day: "numeric", month: "long" }),
    slots: data.slots
      .filter((s) => localDateOf(s.startsAt, data.timeZone) === date)
      .map((s) => ({
        value: slotValue(s),
        label: `${formatInstant(s.startsAt, locale, data.timeZone, "time")} — ${names.get(s.practitionerId) ?? ""}, ${siteNames.get(s.siteId) ?? ""}`,
      })),
  }));
  return (
    <div className="space-y-6">
      <BackLink href="/admin/appointments">{t("backToBook")}</BackLink>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>

      <Card heading={t("patientStep")} className="space-y-4">
        {profile ? (
          <div className="flex flex-wrap items-center gap-3">
            <p>
              <span className="font-semibold">{profile.name}</span> —{" "}
              {t("born", { sex: profile.sex ?? "unknown", date: birth(profile.dateOfBirth) })}
            </p>
            <Link href="/admin/appointments/new" className={secondary}>
              {t("changePatient")}
            </Link>
          </div>
        ) : (
          <>
            <form
              method="get"
              className="flex flex-wrap items-end gap-3"
              role="search"
              aria-label={t("patientStep")}
            >
              <div className="min-w-0 flex-1">
                <label htmlFor="patient-q" className="block font-medium">
                  {t("search")}
                </label>
                <p id="patient-q-hint" className="text-sm text-muted">
                  {t("searchHint")}
                </p>
                <input
                  id="patient-q"
                  name="q"
                  type="search"
                  defaultValue={data.q}
                  aria-describedby="patient-q-hint"
                  className={control}
                />
              </div>
              <button type="submit" className={primary}>
                {t("searchSubmit")}
              </button>
            </form>
            {data.patients &&
              (data.patients.length === 0 ? (
                <p>{t("noPatients")}</p>
              ) : (
                <ul className="space-y-2" aria-label={t("results")}>
                  {data.patients.map((p) => (
                    <li
                      key={p.id}
                      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-200 p-3"
                    >
                      <span>
                        <span className="font-semibold">{p.name}</span> —{" "}
                        {t("born", { sex: p.sex ?? "unknown", date: birth(p.dateOfBirth) })}
                      </span>
                      <Link
                        href={`/admin/appointments/new?profileId=${p.id}`}
                        className={secondary}
                        aria-label={t("choosePatient", { name: p.name })}
                      >
                        {t("choose")}
                      </Link>
                    </li>
                  ))}
                </ul>
              ))}
          </>
        )}
      </Card>

      {profile && (
        <Card heading={t("whatStep")} className="space-y-4">
          <form method="get" className="grid gap-4 sm:grid-cols-2">
            <input type="hidden" name="profileId" value={profile.id} />
            <div>
              <label htmlFor="book-specialty" className="block font-medium">
                {t("specialty")}
              </label>
              <select
                id="book-specialty"
                name="specialtyId"
                defaultValue={selection.specialtyId}
                className={control}
              >
                <option value="">{t("anySpecialty")}</option>
                {data.specialties.map((s) => (
                  <option key={s.id} value={s.id}>
                    {localName(s, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="book-practitioner" className="block font-medium">
                {t("practitioner")}
              </label>
              <select
                id="book-practitioner"
                name="practitionerId"
                defaultValue={selection.practitionerId}
                className={control}
              >
                <option value="">{t("anyPractitioner")}</option>
                {data.practitioners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {practitionerName(p)}
                  </option>
                ))}
              </select>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor="book-type" className="block font-medium">
                {t("type")}
              </label>
              <p id="book-type-hint" className="text-sm text-muted">
                {t("typeHint")}
              </p>
              <select
                id="book-type"
                name="typeId"
                defaultValue={selection.typeId}
                aria-describedby="book-type-hint"
                className={control}
              >
                <option value="">{t("chooseType")}</option>
                {data.types.map((ty) => (
                  <option key={ty.id} value={ty.id}>
                    {localName(ty, locale)} ({t("minutes", { count: ty.durationMinutes })})
                    {ty.bookableOnline ? "" : ` — ${t("notOnline")}`}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" className={primary}>
                {t("showSlots")}
              </button>
            </div>
          </form>
        </Card>
      )}

      {profile && data.week && selection.typeId && (
        <Card
          heading={t("whenStep", {
            date: formatLocalDate(data.week, locale, "date"),
          })}
          className="space-y-4"
        >
          <nav aria-label={t("weekNav")} className="flex flex-wrap gap-3">
            <Link href={withParams({ week: addDays(data.week, -7) })} className={secondary}>
              ← {t("previousWeek")}
            </Link>
            <Link href={withParams({ week: addDays(data.week, 7) })} className={secondary}>
              {t("nextWeek")} →
            </Link>
          </nav>
          <p className="text-muted">{t("timeZoneNote", { timeZone: data.timeZone })}</p>
          <ClientMessages namespaces={staffBookingFormMessages}>
            <StaffBookingForm
              key={`${data.week}-${selection.typeId}-${selection.practitionerId}`}
              profileId={profile.id}
              typeId={selection.typeId}
              days={days}
            />
          </ClientMessages>
        </Card>
      )}
    </div>
  );
}
