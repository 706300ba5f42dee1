"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { replyAction } from "@/lib/communications/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { PatientText } from "./patient-text";

/** The reply under a thread: the new entry shows below the others as soon as it is saved. */
export function ReplyForm({
  communicationId,
  disclaimer,
  once,
}: {
  communicationId: string;
  disclaimer: string;
  once: boolean;
}) {
  const t = useTranslations("communications.reply");
  const errorText = useErrorText("communications");
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(replyAction);
  const [confirmed, setConfirmed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    // The reset event unticks the disclaimer state too (onReset below).
    form.current?.reset();
    router.refresh();
  }, [state, router]);
  const failure = state && !state.ok && state.code !== "invalid" ? state.code : undefined;
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      onReset={() => setConfirmed(false)}
      noValidate
      className="space-y-4"
    >
      {state?.ok && <FormAlert tone="success">{t("sent")}</FormAlert>}
      {failure && <FormAlert tone="error">{errorText(failure)}</FormAlert>}
      {once && <p className="text-sm text-muted">{t("once")}</p>}
      <input type="hidden" name="communicationId" value={communicationId} />
      <PatientText
        label={t("label")}
        disclaimer={disclaimer}
        error={errorText(fieldError("body"))}
        disclaimerError={errorText(fieldError("disclaimer"))}
        onConfirmed={setConfirmed}
      />
      <SubmitButton pending={pending} pendingLabel={t("sending")} disabled={!confirmed}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}
