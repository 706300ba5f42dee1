"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPatientAction } from "@/lib/admin/actions";
import { Link } from "@/lib/i18n/navigation";
import { useErrorText } from "@/components/forms/use-error-text";
import { ProfileFields } from "./profile-fields";

export function CreatePatientForm() {
  const t = useTranslations("adminPatients");
  const { state, pending, onSubmit, fieldError } = useActionForm(createPatientAction);
  const errorText = useErrorText("adminPatients");
  const err = (name: string) => errorText(fieldError(name));
  if (state?.ok && state.data) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("created")}</FormAlert>
        <Link
          href={`/admin/patients/${state.data.profileId}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
        >
          {t("openCreated")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <ProfileFields error={err} />
        <Field
          name="email"
          type="email"
          label={t("fields.email")}
          hint={t("fields.emailHint")}
          autoComplete="off"
          error={err("email")}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
