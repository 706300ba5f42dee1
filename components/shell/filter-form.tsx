import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/lib/i18n/navigation";

/** A secondary action as a link (Clear, Export, Previous/Next). */
export const secondaryLinkClass =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50";

/** The input or select inside a FilterField. */
export const filterControlClass =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3";

/** One labelled filter; the control (input, select) is the child, with id `id`. */
export function FilterField({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="grow">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * A list's GET filter form: its fields, the submit button, and Clear when a
 * filter is set. `search` makes it a search landmark; `grid` lays many fields out in columns.
 */
export function FilterForm({
  label,
  search,
  grid,
  submit,
  clear,
  children,
}: {
  label?: string;
  search?: boolean;
  grid?: boolean;
  submit: string;
  /** `prefetch: false` where opening the list is itself recorded (the audit log). */
  clear?: { href: string; label: string; prefetch?: boolean };
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      role={search ? "search" : undefined}
      aria-label={label}
      className={
        grid
          ? "grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
          : "flex flex-col gap-3 sm:flex-row sm:items-end"
      }
    >
      {children}
      <div className="flex items-end gap-3">
        <SubmitButton>{submit}</SubmitButton>
        {clear && (
          <Link href={clear.href} prefetch={clear.prefetch} className={secondaryLinkClass}>
            {clear.label}
          </Link>
        )}
      </div>
    </form>
  );
}
