import { getLocale, getTranslations } from "next-intl/server";
import { SelectProfileLink } from "@/components/portal/select-profile-link";
import { Card } from "@/components/shell/card";
import type { AccessibleProfile } from "@/lib/access/profile-access";
import { formatLocalDate } from "@/lib/time/format";

/** The profiles the account manages, each selecting itself; a lapsed one says why it cannot. */
export async function ProfilesPanel({
  profiles,
  selectedId,
}: {
  profiles: AccessibleProfile[];
  selectedId: string | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  return (
    <Card padding="compact" heading={t("attachedProfiles")} headingSize="lg">
      <ul className="mt-2 divide-y divide-gray-200">
        {profiles.map((p) => (
          <li key={p.profileId} className="py-2">
            {/* Flex: on a phone the date and the badge wrap beside the 44 px link, not a line below it. */}
            <p className="flex flex-wrap items-center gap-x-2 font-medium">
              {p.state === "lapsed" ? (
                `${p.firstName} ${p.lastName}`
              ) : (
                <SelectProfileLink
                  locale={locale}
                  profileId={p.profileId}
                  className="inline-flex min-h-11 items-center text-brand-800 underline"
                >
                  {p.firstName} {p.lastName}
                </SelectProfileLink>
              )}{" "}
              <span className="font-normal text-muted">
                ({formatLocalDate(p.dateOfBirth, locale, "date")})
              </span>
              {p.profileId === selectedId && (
                <span className="rounded-md bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
                  {t("selected")}
                </span>
              )}
            </p>
            {p.state === "lapsed" ? (
              <p
                role="note"
                className="mt-1 rounded-md border border-red-300 bg-red-50 p-2 text-danger"
              >
                {t("accessLapsed")}
              </p>
            ) : (
              <p className="text-sm text-muted">
                {p.state === "own"
                  ? t("ownProfile")
                  : t("sharedTabs", {
                      tabs: p.tabs.map((tab) => t(`tabs.${tab}`)).join(", "),
                    })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
