"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/lib/actions/result";

type Action<R> = (prev: ActionState<R>, form: FormData) => Promise<ActionResult<R>>;

/**
 * Runs a server action from a form without React's automatic form reset, so a
 * refused submission keeps everything the user typed.
 */
export function useActionForm<R = undefined>(action: Action<R>) {
  const [state, dispatch, pending] = useActionState<ActionState<R>, FormData>(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }
  const fieldError = (name: string) => (state && !state.ok ? state.fields?.[name] : undefined);
  return { state, pending, onSubmit, fieldError };
}
