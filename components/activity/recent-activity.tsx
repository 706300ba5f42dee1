import { getLocale, getTranslations } from "next-intl/server";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { Card } from "@/components/shell/card";
import { loadRecentActivity, type ActivityLine } from "@/lib/activity/loaders";
import { formatInstant } from "@/lib/time/format";

/** The dashboard's panel: the last actions on the selected profile, each a link to the thing itself. */
export async function RecentActivity() {
  const [{ lines, timeZone }, t, locale] = await Promise.all([
    loadRecentActivity(),
    getTranslations("recentActivity"),
    getLocale(),
  ]);
  const when = (d: Date) => formatInstant(d, locale, timeZone, "dateTime");
  const by = (line: ActivityLine) => {
    if (line.by === "clinic") return t("byClinic");
    if (line.by === "account")
      return line.byName ? t("byAccount", { name: line.byName }) : t("byAnother");
    return null;
  };
  return (
    <Card padding="compact" heading={t("title")} headingSize="lg">
      {lines.length === 0 ? (
        <p className="mt-2 text-muted">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-200">
          {lines.map((line) => (
            <li key={line.id} className="py-2">
              {/* A plain page load: opening a thread is recorded, so it is never prefetched. */}
              <SelectProfileLink
                locale={locale}
                profileId={line.profileId}
                path={line.path}
                className="block min-h-11 rounded-md px-1 py-1 hover:bg-gray-50"
              >
                <span className="block font-medium text-brand-800 underline">
                  {t(`what.${line.what}`)}
                  {line.startsAt && ` ${t("appointmentOn", { date: when(line.startsAt) })}`}
                </span>
                {line.subject && <span className="block break-words">{line.subject}</span>}
                <span className="block text-sm text-muted">
                  <time dateTime={line.at.toISOString()}>{when(line.at)}</time>
                  {by(line) && ` · ${by(line)}`}
                </span>
              </SelectProfileLink>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
