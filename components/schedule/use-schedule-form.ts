"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ActionResult, ActionState } from "@/lib/actions/result";

export type ScheduleAction<R> = (prev: ActionState<R>, form: FormData) => Promise<ActionResult<R>>;

type Namespace = "adminAvailability" | "adminBook" | "adminScheduling";

/**
 * useActionForm with two differences the schedule screens need: the button
 * that submitted is part of the form data ("Save anyway" sends
 * acknowledge=on), and error codes are translated with the screen's own texts
 * (useErrorText). No form reset: nothing typed is lost.
 */
export function useScheduleForm<R>(action: ScheduleAction<R>, namespace: Namespace) {
  const [state, dispatch, pending] = useActionState<ActionState<R>, FormData>(action, null);
  const errorText = useErrorText(namespace);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(
      event.currentTarget,
      submitter instanceof HTMLButtonElement ? submitter : undefined,
    );
    startTransition(() => dispatch(form));
  }
  const err = (name: string) => errorText(state && !state.ok ? state.fields?.[name] : undefined);
  return { state, pending, onSubmit, errorText, err };
}
