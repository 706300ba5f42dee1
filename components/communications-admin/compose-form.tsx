"use client";
// Staff write a communication with its PDFs. It posts to a route handler, not
// a server action (files exceed an action's 1 MiB), and reads the same
// ActionResult back. The form is never reset: on an error the text and the
// chosen files stay, and only the message changes.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { RadioGroup, TextAreaField } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { postForm } from "@/components/forms/post-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { formBodyBytes, UPLOAD_BODY_LIMIT_BYTES } from "@/lib/actions/body-limit";
import { fail, type ActionResult } from "@/lib/actions/result";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_FILES } from "@/lib/files/constants";
import { useRouter } from "@/lib/i18n/navigation";

type Result = ActionResult<{ communicationId: string }>;

/** What the browser can tell before sending; the server checks everything again, by content. */
function checkBeforeSending(form: FormData): Result | null {
  const files = form.getAll("files").filter((v): v is File => typeof v !== "string" && v.size > 0);
  if (files.length > ATTACHMENT_MAX_FILES) return fail("invalid", { files: "tooManyFiles" });
  if (files.some((f) => f.size > ATTACHMENT_MAX_BYTES))
    return fail("invalid", { files: "fileTooLarge" });
  if (formBodyBytes(form) > UPLOAD_BODY_LIMIT_BYTES) return fail("tooLarge");
  return null;
}

export function ComposeForm({
  profileId,
  kinds,
  defaultReplyRule,
}: {
  profileId: string;
  kinds: readonly ("message" | "document")[];
  defaultReplyRule: "none" | "once" | "unlimited";
}) {
  const t = useTranslations("adminCommunications");
  const errorText = useErrorText("adminCommunications");
  const router = useRouter();
  const [state, setState] = useState<Result | null>(null);
  const [pending, setPending] = useState(false);
  const err = (name: string) => errorText(state && !state.ok ? state.fields?.[name] : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const refused = checkBeforeSending(form);
    if (refused) return setState(refused);
    setPending(true);
    const result = await postForm<{ communicationId: string }>(
      `/api/admin/patients/${encodeURIComponent(profileId)}/communications`,
      form,
    );
    setState(result);
    if (result.ok) router.push(`/admin/patients/${profileId}/communications?sent=1`);
    else setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" encType="multipart/form-data">
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <Field
        name="subject"
        label={t("fields.subject")}
        required
        maxLength={120}
        autoComplete="off"
        error={err("subject")}
      />
      <TextAreaField name="body" label={t("fields.body")} required rows={8} error={err("body")} />
      <RadioGroup
        name="kind"
        legend={t("fields.kind")}
        error={err("kind")}
        defaultValue={kinds[0]}
        options={kinds.map((kind) => ({
          value: kind,
          label: kind === "message" ? t("fields.kindMessage") : t("fields.kindDocument"),
        }))}
      />
      <RadioGroup
        name="replyRule"
        legend={t("fields.replyRule")}
        error={err("replyRule")}
        defaultValue={defaultReplyRule}
        options={[
          { value: "none", label: t("fields.replyNone") },
          { value: "once", label: t("fields.replyOnce") },
          { value: "unlimited", label: t("fields.replyUnlimited") },
        ]}
      />
      <Field
        name="files"
        type="file"
        label={t("fields.files")}
        hint={t("fields.filesHint")}
        accept="application/pdf,.pdf"
        multiple
        error={err("files")}
        className="mt-1 block min-h-11 w-full py-2"
      />
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}
