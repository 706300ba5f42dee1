import { getTranslations } from "next-intl/server";
import { personName } from "@/components/appointments/names";
import { DetailList, type Detail, type DetailLayout } from "@/components/shell/detail-list";
import { isProvince } from "@/lib/admin/constants";
import { formatLocalDate } from "@/lib/time/format";

export type ProfileFacts = {
  dateOfBirth: string;
  sex: "female" | "male" | "other" | null;
  primaryPhone: string | null;
  primaryPhoneType: "home" | "mobile" | "office" | null;
  secondaryPhone: string | null;
  secondaryPhoneType: "home" | "mobile" | "office" | null;
  addressLine: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  language: "en" | "fr";
  assignedPractitioner?: { title: string; firstName: string; lastName: string } | null;
};

/** A patient's details, as the patient's Profile tab and the clinic's patient page show them. */
export async function ProfileDetails({
  profile,
  locale,
  layout = "columns",
  extra = [],
}: {
  profile: ProfileFacts;
  locale: string;
  layout?: DetailLayout;
  /** Details the page adds after these (the health card number, for staff). */
  extra?: Detail[];
}) {
  const [t, tp] = await Promise.all([
    getTranslations("profileDetails"),
    getTranslations("provinces"),
  ]);
  const phone = (n: string | null, type: ProfileFacts["primaryPhoneType"]) =>
    n ? (type ? t("phoneWithType", { phone: n, type: t(`phoneTypes.${type}`) }) : n) : t("none");
  const address =
    [
      profile.addressLine,
      profile.city,
      // A code outside the list (older data) is shown as it is.
      profile.province && (isProvince(profile.province) ? tp(profile.province) : profile.province),
      profile.postalCode,
    ]
      .filter(Boolean)
      .join(", ") || t("none");
  const items: Detail[] = [
    { term: t("dateOfBirth"), detail: formatLocalDate(profile.dateOfBirth, locale, "date") },
    { term: t("sex"), detail: profile.sex ? t(`sexes.${profile.sex}`) : t("none") },
    { term: t("primaryPhone"), detail: phone(profile.primaryPhone, profile.primaryPhoneType) },
    {
      term: t("secondaryPhone"),
      detail: phone(profile.secondaryPhone, profile.secondaryPhoneType),
    },
    { term: t("address"), detail: address },
    { term: t("language"), detail: t(`languages.${profile.language}`) },
  ];
  if (profile.assignedPractitioner !== undefined)
    items.push({
      term: t("assignedPractitioner"),
      detail: profile.assignedPractitioner ? personName(profile.assignedPractitioner) : t("none"),
    });
  return <DetailList layout={layout} items={[...items, ...extra]} />;
}
