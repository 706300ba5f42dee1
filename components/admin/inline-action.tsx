"use client";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { useErrorText } from "@/components/forms/use-error-text";

/** One button that runs a staff action on one record, and says what happened next to it. */
export function InlineAction({
  action,
  fields,
  label,
  accessibleLabel,
  success,
  namespace,
  tone = "neutral",
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  success: string;
  namespace: "adminStaff" | "adminPatients" | "adminInbox" | "adminProfileAccess";
  tone?: "neutral" | "danger";
}) {
  const { state, pending, onSubmit } = useActionForm(action);
  const errorText = useErrorText(namespace);
  const styles =
    tone === "danger"
      ? "border-red-700 text-danger hover:bg-red-50"
      : "border-brand-700 text-brand-800 hover:bg-brand-50";
  return (
    <form onSubmit={onSubmit} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        aria-disabled={pending || undefined}
        aria-label={accessibleLabel}
        className={`inline-flex min-h-11 items-center rounded-md border bg-white px-3 text-sm font-semibold ${styles}`}
      >
        {label}
      </button>
      <span role="status" className="ml-2 text-sm">
        {state?.ok && <span className="text-success">{success}</span>}
        {state && !state.ok && <span className="text-danger">{errorText(state.code)}</span>}
      </span>
    </form>
  );
}
