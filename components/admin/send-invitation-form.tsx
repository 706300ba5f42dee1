"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { sendInvitationAction } from "@/lib/admin/actions";
import { useErrorText } from "@/components/forms/use-error-text";

export function SendInvitationForm({
  profileId,
  email,
  resend,
  days,
}: {
  profileId: string;
  email: string;
  resend: boolean;
  days: number;
}) {
  const t = useTranslations("adminPatients");
  const { state, pending, onSubmit, fieldError } = useActionForm(sendInvitationAction);
  const errorText = useErrorText("adminPatients");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("invited")}</FormAlert>}
      {state && !state.ok && !state.fields && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <input type="hidden" name="profileId" value={profileId} />
      <Field
        name="email"
        id="invite-email"
        type="email"
        label={t("inviteEmail")}
        hint={t("inviteHint", { days })}
        required
        defaultValue={email}
        autoComplete="off"
        error={errorText(fieldError("email"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("inviting")}>
        {resend ? t("reinvite") : t("invite")}
      </SubmitButton>
    </form>
  );
}
