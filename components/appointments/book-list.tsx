import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import type { loadBook } from "@/lib/appointment-book/loaders";
import { localName, practitionerName } from "@/lib/catalog/names";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant, formatLocalDate } from "@/lib/time/format";
import { StatusBadge } from "./status-badge";

type Book = Awaited<ReturnType<typeof loadBook>>;

/** The appointment book as a list of days, each visit a card: the layout for screen readers and phones. */
export function BookList({ days, timeZone }: Pick<Book, "days" | "timeZone">) {
  const t = useTranslations("adminBook");
  const locale = useLocale();
  const time = (d: Date) => formatInstant(d, locale, timeZone, "time");
  return days.map((day) => (
    <Section
      key={day.date}
      heading={formatLocalDate(day.date, locale, "weekdayDate")}
      headingSize="lg"
      className="space-y-2"
    >
      {day.rows.length === 0 ? (
        <Card as="p" padding="tight" className="text-muted">
          {t("noAppointments")}
        </Card>
      ) : (
        <ul className="space-y-2">
          {day.rows.map((r) => (
            <Card
              as="li"
              key={r.id}
              padding="tight"
              className="flex flex-wrap items-start justify-between gap-2"
            >
              <div className="space-y-1">
                <p className="font-semibold">
                  {/* No prefetch: a busy week lists hundreds of visits, each prefetch a request to the server. */}
                  <Link
                    href={`/admin/appointments/${r.id}`}
                    prefetch={false}
                    className="inline-flex min-h-11 items-center text-brand-800 underline"
                  >
                    {time(r.startsAt)}–{time(r.endsAt)} · {r.profile.firstName} {r.profile.lastName}
                  </Link>
                </p>
                <p>
                  {localName(r.type, locale)} · {practitionerName(r.practitioner)} ·{" "}
                  {localName(r.site, locale)}
                </p>
              </div>
              <StatusBadge status={r.status} audience="staff" />
            </Card>
          ))}
        </ul>
      )}
    </Section>
  ));
}
