"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup, RadioGroup } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { attachProfileAction, searchAccountsAction } from "@/lib/profile-access/actions";
import { CONSENT_METHODS, TABS } from "@/lib/profile-access/constants";

/**
 * Staff find a patient account (by name, email or date of birth), choose it,
 * tick what it may see of this profile and, from the age of consent, say how
 * the person consented — all before anything is attached.
 */
export function AttachProfileForm({
  profileId,
  personName,
  consentNeeded,
  notice,
}: {
  profileId: string;
  personName: string;
  consentNeeded: boolean;
  /** Why consent is needed, or for a minor when this access will lapse. */
  notice: string;
}) {
  const t = useTranslations("adminProfileAccess");
  const search = useActionForm(searchAccountsAction);
  const attach = useActionForm(attachProfileAction);
  const errorText = useErrorText("adminProfileAccess");
  const accounts = search.state?.ok ? search.state.data : null;
  const fieldText = (name: string) => {
    const code = attach.fieldError(name);
    return code === "required" ? errorText(name) : errorText(code);
  };
  return (
    <div className="space-y-4">
      <p className="text-muted">{t("attachIntro")}</p>
      <form onSubmit={search.onSubmit} noValidate role="search" className="space-y-3">
        {search.state && !search.state.ok && search.state.code !== "invalid" && (
          <FormAlert tone="error">{errorText(search.state.code)}</FormAlert>
        )}
        <input type="hidden" name="profileId" value={profileId} />
        <Field
          name="query"
          id="attach-query"
          type="search"
          label={t("searchLabel")}
          required
          error={errorText(search.fieldError("query"))}
        />
        <SubmitButton pending={search.pending} pendingLabel={t("searching")}>
          {t("searchButton")}
        </SubmitButton>
      </form>
      {accounts && accounts.length === 0 && <p role="status">{t("noResults")}</p>}
      {accounts && accounts.length > 0 && (
        <form onSubmit={attach.onSubmit} noValidate className="space-y-4">
          {attach.state?.ok && <FormAlert tone="success">{t("attached")}</FormAlert>}
          {/* A refused field says why beside it; any other refusal says it here. */}
          {attach.state && !attach.state.ok && attach.state.code !== "invalid" && (
            <FormAlert tone="error">{errorText(attach.state.code)}</FormAlert>
          )}
          <input type="hidden" name="profileId" value={profileId} />
          <RadioGroup
            name="accountId"
            legend={t("resultsLegend")}
            error={fieldText("accountId")}
            options={accounts.map((a) => ({
              value: a.accountId,
              label: t("result", {
                name: a.name,
                email: a.email,
                dateOfBirth: a.dateOfBirth ?? "—",
              }),
            }))}
          />
          <CheckboxGroup
            name="tabs"
            id="attach-tabs"
            legend={t("permissionsLegend")}
            error={fieldText("tabs")}
            options={TABS.map((tab) => ({ value: tab, label: t(`tabs.${tab}`) }))}
            checked={[]}
            empty=""
          />
          <p className="text-sm">{notice}</p>
          {consentNeeded && (
            <RadioGroup
              name="consentMethod"
              legend={t("consentLegend", { name: personName })}
              error={fieldText("consentMethod")}
              options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`methodLabels.${m}`) }))}
            />
          )}
          <SubmitButton pending={attach.pending} pendingLabel={t("attaching")}>
            {t("attach")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
