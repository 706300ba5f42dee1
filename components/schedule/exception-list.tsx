import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import type { loadPractitionerAvailability } from "@/lib/availability/loaders";
import { localName } from "@/lib/catalog/names";
import { formatInstant } from "@/lib/time/format";

type Exception = Awaited<ReturnType<typeof loadPractitionerAvailability>>["exceptions"][number];

/**
 * A practitioner's upcoming time off and extra blocks (a server component):
 * beside the weekly editor as a reminder, and with `remove` on their own page.
 */
export async function ExceptionList({
  exceptions,
  timeZone,
  remove,
}: {
  exceptions: Exception[];
  timeZone: string;
  remove?: (exception: Exception, label: string) => ReactNode;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations("adminAvailability"),
    getTranslations("common"),
    getLocale(),
  ]);
  const when = (d: Date) =>
    formatInstant(d, locale, timeZone, {
      weekday: "short",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
    });
  if (exceptions.length === 0)
    return (
      <Card as="p" padding="compact">
        {t("noExceptions")}
      </Card>
    );
  return (
    <ul className="space-y-3">
      {exceptions.map((e) => {
        const label = t("exceptionSummary", {
          kind: t(`kinds.${e.kind}`),
          from: when(e.startsAt),
          until: when(e.endsAt),
        });
        return (
          <Card as="li" key={e.id} padding="compact" className="space-y-2">
            <h3 className="font-semibold">{label}</h3>
            <p>
              {tc("labelled", { label: t("siteLabel") })}{" "}
              {e.site ? localName(e.site, locale) : t("allSites")}
              {e.note ? ` — ${e.note}` : ""}
            </p>
            {e.kind === "extra" && (
              <p>
                {tc("labelled", { label: t("typesLabel") })}{" "}
                {e.types.map((ty) => localName(ty, locale)).join(", ")}
              </p>
            )}
            {remove?.(e, label)}
          </Card>
        );
      })}
    </ul>
  );
}
