"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { startMessageAction } from "@/lib/communications/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { PatientText } from "./patient-text";

/** A patient's message to the clinic; once sent, its thread opens under Sent. */
export function StartMessageForm({
  profileId,
  disclaimer,
  cancelHref,
}: {
  profileId: string;
  disclaimer: string;
  cancelHref: string;
}) {
  const t = useTranslations("communications.start");
  const errorText = useErrorText("communications");
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(startMessageAction);
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => {
    if (state?.ok)
      router.push(`/sent/${(state.data as { communicationId: string }).communicationId}`);
  }, [state, router]);
  const failure = state && !state.ok && state.code !== "invalid" ? state.code : undefined;
  const subjectError = fieldError("subject");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure && <FormAlert tone="error">{errorText(failure)}</FormAlert>}
      <input type="hidden" name="profileId" value={profileId} />
      <Field
        name="subject"
        label={t("subject")}
        required
        maxLength={120}
        error={errorText(subjectError === "tooLong" ? "subjectTooLong" : subjectError)}
      />
      <PatientText
        label={t("body")}
        disclaimer={disclaimer}
        error={errorText(fieldError("body"))}
        disclaimerError={errorText(fieldError("disclaimer"))}
        onConfirmed={setConfirmed}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("sending")} disabled={!confirmed}>
          {t("send")}
        </SubmitButton>
        <Link
          href={cancelHref}
          className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 font-semibold"
        >
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
