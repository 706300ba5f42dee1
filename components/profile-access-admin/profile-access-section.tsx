import { getLocale, getTranslations } from "next-intl/server";
import { InlineAction } from "@/components/admin/inline-action";
import { inlineActionMessages } from "@/components/admin/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import { Section } from "@/components/shell/section";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { Link } from "@/lib/i18n/navigation";
import { revokeAccessAction } from "@/lib/profile-access/actions";
import { loadProfileAccess } from "@/lib/profile-access/loaders";
import { formatInstant, formatLocalDate } from "@/lib/time/format";
import { AttachProfileForm } from "./attach-profile-form";
import { ManageAccessForm } from "./manage-access-form";
import { attachProfileFormMessages, manageAccessFormMessages } from "./messages";

type Loaded = Awaited<ReturnType<typeof loadProfileAccess>>;
type Grant = Loaded["attachedAccounts"][number] | Loaded["attachedProfiles"][number];

/**
 * A patient's attachments on their staff page: the accounts that may see this
 * profile (with the controls to change, restore or revoke each, and the form
 * to attach another), and the profiles this patient's own account may see.
 */
export async function ProfileAccessSection({ profileId }: { profileId: string }) {
  const [data, t, locale, timeZone] = await Promise.all([
    loadProfileAccess(profileId),
    getTranslations("adminProfileAccess"),
    getLocale(),
    loadClinicTimeZone(),
  ]);
  const instant = (d: Date) => formatInstant(d, locale, timeZone, "shortDate");
  const tabs = (list: readonly string[]) =>
    list.length ? list.map((tab) => t(`tabs.${tab as "bills"}`)).join(", ") : t("noPermissions");
  const consent = (g: Grant) =>
    g.consentRecordedAt && g.consentMethod
      ? t(g.consentRecordedBy ? "consentGiven" : "consentGivenNoStaff", {
          date: instant(g.consentRecordedAt),
          method: t(`methods.${g.consentMethod}`),
          staff: g.consentRecordedBy ?? "",
        })
      : t("consentNone");
  const facts = (g: Grant) =>
    [
      { term: t("facts.permissions"), detail: tabs(g.tabs) },
      { term: t("facts.state"), detail: <strong>{t(`states.${g.state}`)}</strong> },
      { term: t("facts.granted"), detail: instant(g.createdAt) },
      { term: t("facts.consent"), detail: consent(g) },
      g.lapsesOn && {
        term: t("facts.lapsesOn"),
        detail: formatLocalDate(g.lapsesOn, locale, "shortDate"),
      },
      g.revokedAt && { term: t("facts.revoked"), detail: instant(g.revokedAt) },
    ].filter((item) => !!item);
  const notice = data.consentNeeded
    ? t("consentNeeded", { name: data.firstName, age: data.ageOfConsent })
    : t("minorLapse", {
        name: data.firstName,
        date: formatLocalDate(data.lapsesOn, locale, "date"),
        age: data.ageOfConsent,
      });
  return (
    <ClientMessages
      namespaces={[
        ...attachProfileFormMessages,
        ...manageAccessFormMessages,
        ...inlineActionMessages,
      ]}
    >
      <Section heading={t("attachedAccountsTitle")} className="space-y-3">
        <p className="text-muted">{t("attachedAccountsIntro")}</p>
        {data.attachedAccounts.length === 0 ? (
          <Card as="p" padding="compact" className="text-muted">
            {t("noAttachedAccounts")}
          </Card>
        ) : (
          <ul className="space-y-2">
            {data.attachedAccounts.map((g) => (
              <Card as="li" key={g.id} padding="compact" className="space-y-3">
                <p className="font-semibold break-all">
                  {g.name ? `${g.name} · ${g.email}` : g.email}
                </p>
                <DetailList layout="stacked" columns={3} items={facts(g)} />
                {g.state !== "revoked" && (
                  <>
                    <ManageAccessForm
                      profileId={data.profileId}
                      grantId={g.id}
                      email={g.email}
                      personName={data.firstName}
                      tabs={g.tabs}
                      consentRecorded={g.consentRecordedAt !== null}
                      lapsed={g.state === "lapsed"}
                    />
                    <InlineAction
                      action={revokeAccessAction}
                      fields={{ profileId: data.profileId, grantId: g.id }}
                      label={t("revoke")}
                      accessibleLabel={t("revokeLabel", { email: g.email })}
                      success={t("revokedDone")}
                      namespace="adminProfileAccess"
                      tone="danger"
                    />
                  </>
                )}
              </Card>
            ))}
          </ul>
        )}
        <Card heading={t("attachTitle")} level={3} className="max-w-2xl space-y-3">
          <AttachProfileForm
            profileId={data.profileId}
            personName={data.firstName}
            consentNeeded={data.consentNeeded}
            notice={notice}
          />
        </Card>
      </Section>
      <Section heading={t("attachedProfilesTitle")} className="space-y-3">
        <p className="text-muted">{t("attachedProfilesIntro")}</p>
        {data.attachedProfiles.length === 0 ? (
          <Card as="p" padding="compact" className="text-muted">
            {t("noAttachedProfiles")}
          </Card>
        ) : (
          <ul className="space-y-2">
            {data.attachedProfiles.map((g) => (
              <Card as="li" key={g.id} padding="compact" className="space-y-3">
                {/* No prefetch: opening a profile is an audited view. */}
                <Link
                  href={`/admin/patients/${g.profileId}`}
                  prefetch={false}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                >
                  {t("openProfile", { name: g.name })}
                </Link>
                <DetailList layout="stacked" columns={3} items={facts(g)} />
              </Card>
            ))}
          </ul>
        )}
      </Section>
    </ClientMessages>
  );
}
