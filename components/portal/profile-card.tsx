import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import type { AccessibleProfile } from "@/lib/access/profile-access";
import { formatLocalDate } from "@/lib/time/format";
import { SelectProfileLink } from "./select-profile-link";

/** The sidebar's name card: the selected profile, and the account's other profiles to switch to. */
export async function ProfileCard({
  locale,
  current,
  others,
}: {
  locale: string;
  current: AccessibleProfile | null;
  others: AccessibleProfile[];
}) {
  const t = await getTranslations("portal");
  const born = (p: AccessibleProfile) =>
    t("bornOn", { sex: p.sex ?? "unknown", date: formatLocalDate(p.dateOfBirth, locale, "date") });
  return (
    <Card padding="compact" className="mb-4">
      <p className="text-sm text-muted">{t("selectedProfile")}</p>
      <h2 id="current-profile" className="font-semibold">
        {current ? `${current.firstName} ${current.lastName}` : t("noProfile")}
      </h2>
      {current && <p className="text-sm text-muted">{born(current)}</p>}
      {others.length > 0 && (
        <nav aria-labelledby="other-profiles" className="mt-3 border-t border-gray-200 pt-2">
          <h3 id="other-profiles" className="text-sm font-semibold">
            {t("otherProfiles")}
          </h3>
          <ul>
            {others.map((p) => (
              <li key={p.profileId}>
                <SelectProfileLink
                  locale={locale}
                  profileId={p.profileId}
                  className="inline-flex min-h-11 flex-col justify-center font-medium text-brand-800 underline"
                >
                  <span>{t("switchTo", { name: `${p.firstName} ${p.lastName}` })}</span>
                </SelectProfileLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Card>
  );
}
