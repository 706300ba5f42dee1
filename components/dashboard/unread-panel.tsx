import { getLocale, getTranslations } from "next-intl/server";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { Card } from "@/components/shell/card";
import { BOX_OF_KIND } from "@/lib/communications/rules";
import type { CommunicationKind } from "@/lib/db/enums";
import { formatInstant } from "@/lib/time/format";

export type UnreadOfProfile = {
  profileId: string;
  who: string;
  total: number;
  latest: { id: string; kind: CommunicationKind; subject: string; lastActivityAt: Date }[];
};

/** Unread threads per person: how many, and the latest few, each opening its thread (for that person). */
export async function UnreadPanel({
  unread,
  timeZone,
}: {
  unread: UnreadOfProfile[];
  timeZone: string;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("communications"),
    getLocale(),
  ]);
  const waiting = unread.filter((u) => u.total > 0);
  return (
    <Card padding="compact" heading={t("unreadTitle")} headingSize="lg">
      {waiting.length === 0 ? (
        <p className="mt-2 text-muted">{t("unreadNone")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {waiting.map((u) => (
            <li key={u.profileId}>
              <p className="font-semibold">{t("unreadCount", { name: u.who, count: u.total })}</p>
              <ul className="mt-1 divide-y divide-gray-200">
                {u.latest.map((m) => (
                  <li key={m.id}>
                    {/* A page load, never prefetched: opening a thread marks it read. */}
                    <SelectProfileLink
                      locale={locale}
                      profileId={u.profileId}
                      path={`/${BOX_OF_KIND[m.kind]}/${encodeURIComponent(m.id)}`}
                      className="block min-h-11 rounded-md px-1 py-2 hover:bg-gray-50"
                    >
                      <span className="block font-semibold break-words text-brand-800 underline">
                        {m.subject}
                      </span>
                      <span className="block text-sm text-muted">
                        {tc(`kinds.${m.kind}`)} ·{" "}
                        <time dateTime={m.lastActivityAt.toISOString()}>
                          {formatInstant(m.lastActivityAt, locale, timeZone, "shortDateTime")}
                        </time>
                      </span>
                    </SelectProfileLink>
                  </li>
                ))}
              </ul>
              <SelectProfileLink
                locale={locale}
                profileId={u.profileId}
                path="/inbox"
                className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
              >
                {t("openInbox", { name: u.who })}
              </SelectProfileLink>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
