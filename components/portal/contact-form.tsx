"use client";
import { useTranslations } from "next-intl";
import { ProfileFields } from "@/components/admin/profile-fields";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ProfileValues } from "@/lib/admin/profile-changes";
import { updateContactAction } from "@/lib/portal/actions";

/** The patient's own phones, address and email language; the page shows the saved values after a save. */
export function ContactForm({
  updatedAt,
  values,
}: {
  /** When the details were last saved: the server refuses a save over a later one. */
  updatedAt: string;
  values: Partial<ProfileValues>;
}) {
  const t = useTranslations("profileTab");
  const { state, pending, onSubmit, fieldError } = useActionForm(updateContactAction);
  const errorText = useErrorText("profileTab", "adminPatients");
  const err = (name: string) => errorText(fieldError(name));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && (
        <FormAlert tone="success">
          {state.data?.changed.length ? t("saved") : t("unchanged")}
        </FormAlert>
      )}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ProfileFields values={values} error={err} contactOnly />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
