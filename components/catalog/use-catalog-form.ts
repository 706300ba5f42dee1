"use client";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult, ActionState } from "@/lib/actions/result";

/** A create action answers the new row's id; an update answers nothing. */
export type CatalogAction = (
  prev: ActionState<{ id: string } | undefined>,
  form: FormData,
) => Promise<ActionResult<{ id: string } | undefined>>;

/** Translates an action's error code: the catalog's own texts first, then the generic form texts. */
export function useCatalogErrorText() {
  const own = useTranslations("adminCatalog.errors");
  const generic = useTranslations("forms.errors");
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    // Codes come from the server at run time, so they are checked with has().
    if (own.has(code as never)) return own(code as never);
    return generic.has(code as never) ? generic(code as never) : generic("invalid");
  };
}

/** useActionForm plus the catalog's error texts: `err(name)` is a field's translated error. */
export function useCatalogForm(action: CatalogAction) {
  const form = useActionForm<{ id: string } | undefined>(action);
  const errorText = useCatalogErrorText();
  return { ...form, errorText, err: (name: string) => errorText(form.fieldError(name)) };
}
