"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup, RadioGroup } from "@/components/catalog/inputs";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { changePermissionsAction, recordConsentAction } from "@/lib/profile-access/actions";
import { CONSENT_METHODS, TABS } from "@/lib/profile-access/constants";

/**
 * The controls of one live access: its permissions, and — while the person's
 * consent is not recorded — a way to record it (which restores a lapsed access).
 */
export function ManageAccessForm({
  profileId,
  grantId,
  email,
  personName,
  tabs,
  consentRecorded,
  lapsed,
}: {
  profileId: string;
  grantId: string;
  email: string;
  personName: string;
  tabs: string[];
  consentRecorded: boolean;
  lapsed: boolean;
}) {
  const t = useTranslations("adminProfileAccess");
  const permissions = useActionForm(changePermissionsAction);
  const consent = useActionForm(recordConsentAction);
  const errorText = useErrorText("adminProfileAccess");
  const alert = (state: typeof permissions.state, success: string) =>
    state?.ok ? (
      <FormAlert tone="success">{success}</FormAlert>
    ) : state && state.code !== "invalid" ? (
      <FormAlert tone="error">{errorText(state.code)}</FormAlert>
    ) : null;
  return (
    <div className="space-y-4">
      <form onSubmit={permissions.onSubmit} noValidate className="space-y-3">
        {alert(permissions.state, t("permissionsSaved"))}
        <input type="hidden" name="profileId" value={profileId} />
        <input type="hidden" name="grantId" value={grantId} />
        <CheckboxGroup
          name="tabs"
          id={`tabs-${grantId}`}
          legend={t("manageLegend", { email })}
          error={errorText(permissions.fieldError("tabs"))}
          options={TABS.map((tab) => ({ value: tab, label: t(`tabs.${tab}`) }))}
          checked={tabs}
          empty=""
        />
        <SubmitButton pending={permissions.pending} pendingLabel={t("saving")}>
          {t("savePermissions")}
        </SubmitButton>
      </form>
      {!consentRecorded && (
        <form onSubmit={consent.onSubmit} noValidate className="space-y-3">
          {alert(consent.state, t("consentRecorded"))}
          <input type="hidden" name="profileId" value={profileId} />
          <input type="hidden" name="grantId" value={grantId} />
          {lapsed && <p className="text-sm">{t("consentRestores")}</p>}
          <RadioGroup
            name="consentMethod"
            legend={t("consentTitle", { name: personName })}
            error={errorText(consent.fieldError("consentMethod"))}
            options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`methodLabels.${m}`) }))}
          />
          <SubmitButton pending={consent.pending} pendingLabel={t("saving")}>
            {t("recordConsent")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
