"use client";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ActionResult, ActionState } from "@/lib/actions/result";

/** A create action answers the new row's id; an update answers nothing. */
export type CatalogAction = (
  prev: ActionState<{ id: string } | undefined>,
  form: FormData,
) => Promise<ActionResult<{ id: string } | undefined>>;

/** useActionForm plus the catalog's error texts: `err(name)` is a field's translated error. */
export function useCatalogForm(action: CatalogAction) {
  const form = useActionForm<{ id: string } | undefined>(action);
  const errorText = useErrorText("adminCatalog");
  return { ...form, errorText, err: (name: string) => errorText(form.fieldError(name)) };
}
