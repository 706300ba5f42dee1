"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ACTION_BODY_LIMIT_BYTES, formBodyBytes } from "@/lib/actions/body-limit";
import { fail, type ActionResult, type ActionState } from "@/lib/actions/result";

type Action<R> = (prev: ActionState<R>, form: FormData) => Promise<ActionResult<R>>;

/**
 * Runs a server action from a form without React's automatic form reset, so a
 * refused submission keeps everything the user typed.
 */
export function useActionForm<R = undefined>(action: Action<R>) {
  const [answered, dispatch, pending] = useActionState<ActionState<R>, FormData>(action, null);
  // A form over the server's body limit is not sent (the server would refuse
  // it): the user reads why, with everything still in the fields.
  const [tooLarge, setTooLarge] = useState(false);
  const state: ActionState<R> = tooLarge ? fail("tooLarge") : answered;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const over = formBodyBytes(form) > ACTION_BODY_LIMIT_BYTES;
    setTooLarge(over);
    if (!over) startTransition(() => dispatch(form));
  }
  const fieldError = (name: string) => (state && !state.ok ? state.fields?.[name] : undefined);
  return { state, pending, onSubmit, fieldError };
}
