"use client";
import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "@/components/forms/field";

/**
 * A labelled select whose id can differ from its name: the availability page
 * has several forms with a `siteId` field, and ids must stay unique for the
 * label, hint and error wiring.
 */
export function SelectField({
  name,
  id = name,
  label,
  hint,
  error,
  required,
  children,
  ...select
}: {
  name: string;
  id?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <Field name={name} id={id} label={label} hint={hint} error={error} required={required}>
      <select
        {...select}
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger"
      >
        {children}
      </select>
    </Field>
  );
}
