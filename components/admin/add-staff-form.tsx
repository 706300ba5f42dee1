"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { addStaffAction } from "@/lib/admin/actions";
import { useErrorText } from "@/components/forms/use-error-text";

const selectClass = "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";

export function AddStaffForm() {
  const t = useTranslations("adminStaff");
  const { state, pending, onSubmit, fieldError } = useActionForm(addStaffAction);
  const errorText = useErrorText("adminStaff");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("added")}</FormAlert>}
      {state && !state.ok && !state.fields && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <Field
        name="email"
        type="email"
        label={t("email")}
        required
        autoComplete="off"
        error={errorText(fieldError("email"))}
      />
      <Field name="role" label={t("role")} required>
        <select id="role" name="role" className={selectClass} defaultValue="staff">
          <option value="staff">{t("roles.staff")}</option>
          <option value="admin">{t("roles.admin")}</option>
        </select>
      </Field>
      <Field name="language" label={t("language")} required>
        <select id="language" name="language" className={selectClass} defaultValue="fr">
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("adding")}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
