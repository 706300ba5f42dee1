"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { editPatientAction } from "@/lib/admin/actions";
import type { ProfileValues } from "@/lib/admin/profile-changes";
import { ProfileFields } from "./profile-fields";

/** A patient's details; a save that changes something lands on the patient's page. */
export function EditPatientForm({
  profileId,
  updatedAt,
  values,
  collectsHealthCard,
}: {
  profileId: string;
  /** When the details were last saved: the server refuses a save over a later one. */
  updatedAt: string;
  values: Partial<ProfileValues>;
  collectsHealthCard: boolean;
}) {
  const t = useTranslations("adminPatientEdit");
  const { state, pending, onSubmit, fieldError } = useActionForm(editPatientAction);
  const errorText = useErrorText("adminPatientEdit", "adminPatients");
  const err = (name: string) => errorText(fieldError(name));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("unchanged")}</FormAlert>}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ProfileFields
          values={values}
          error={err}
          healthCard={
            collectsHealthCard
              ? { label: t("healthCardNumber"), hint: t("healthCardNumberHint") }
              : undefined
          }
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
