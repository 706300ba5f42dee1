import { getLocale, getTranslations } from "next-intl/server";
import type { Detail } from "@/components/shell/detail-list";
import { formatInstant } from "@/lib/time/format";
import { localName, personName, siteAddress } from "./names";

type Named = { nameEn: string; nameFr: string };
type Visit = {
  startsAt: Date;
  practitioner: { title: string; firstName: string; lastName: string };
  site: Named & {
    kind: string;
    addressLine: string | null;
    city: string | null;
    postalCode: string | null;
    phone: string | null;
  };
  type: Named & { durationMinutes: number };
};

/**
 * The values of the message "{date} at {time}": the time's spaces do not break
 * ("9 h 00" stays on one line, in a title on a phone too).
 */
export function dateAndTime(instant: Date, locale: string, timeZone: string) {
  return {
    date: formatInstant(instant, locale, timeZone, "weekdayDate"),
    time: formatInstant(instant, locale, timeZone, "time").replaceAll(" ", "\u00a0"),
  };
}

/**
 * The details a patient reads about one visit (when, with whom, where, what),
 * worded once for the booking pages and the appointment list; each page picks
 * and orders the ones it shows.
 */
export async function visitDetailsIn(timeZone: string) {
  const [ta, tb, locale] = await Promise.all([
    getTranslations("appointments"),
    getTranslations("booking"),
    getLocale(),
  ]);
  return (visit: Visit): Record<"when" | "practitioner" | "site" | "type", Detail> => {
    const address = siteAddress(visit.site);
    return {
      when: {
        term: tb("dateTime"),
        detail: ta("dateTime", {
          date: formatInstant(visit.startsAt, locale, timeZone, "weekdayDate"),
          time: formatInstant(visit.startsAt, locale, timeZone, "time"),
        }),
      },
      practitioner: { term: ta("practitioner"), detail: personName(visit.practitioner) },
      site: {
        term: ta("site"),
        detail: (
          <>
            {localName(visit.site, locale)}
            {visit.site.kind === "virtual" && !address ? ` (${ta("virtual")})` : ""}
            {address && <span className="block">{address}</span>}
            {visit.site.phone && (
              <span className="block">{ta("phone", { phone: visit.site.phone })}</span>
            )}
          </>
        ),
      },
      type: {
        term: ta("type"),
        detail: `${localName(visit.type, locale)} — ${ta("duration", { minutes: visit.type.durationMinutes })}`,
      },
    };
  };
}
