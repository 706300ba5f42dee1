"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { TextAreaField } from "@/components/catalog/inputs";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { replyAsClinicAction } from "@/lib/communications/staff-actions";

/** Staff write in a patient's thread; a refused reply keeps its text, a sent one clears it. */
export function ThreadReplyForm({
  communicationId,
  max,
}: {
  communicationId: string;
  max: number;
}) {
  const t = useTranslations("adminInbox");
  const { state, pending, onSubmit, fieldError } = useActionForm(replyAsClinicAction);
  const errorText = useErrorText("adminInbox");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t("sent")}</FormAlert>}
      {state && !state.ok && !state.fields && (
        <FormAlert tone="error">{errorText(state.code)}</FormAlert>
      )}
      <input type="hidden" name="communicationId" value={communicationId} />
      <TextAreaField
        name="body"
        label={t("replyLabel")}
        hint={t("replyHint", { max })}
        required
        maxLength={max}
        error={errorText(fieldError("body"))}
      />
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}
