"use client";
// Inputs of the catalog forms beyond the text field of the form kit: a select,
// a text area, a single checkbox and a group of checkboxes, all labelled, with
// their hint and error wired for screen readers and 44 px targets.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Field } from "@/components/forms/field";

const controlClass =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger";

function describedBy(name: string, hint?: ReactNode, error?: string) {
  return (
    [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  required,
  children,
  ...select
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field name={name} label={label} hint={hint} error={error} required={required}>
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={controlClass}
        {...select}
      >
        {children}
      </select>
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  required,
  ...area
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className="mt-1 block min-h-24 w-full rounded-md border border-gray-400 p-3 aria-[invalid=true]:border-danger"
        {...area}
      />
    </Field>
  );
}

/** One yes/no setting; the hint says what it changes for patients. */
export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3 py-2">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={hint ? `${name}-hint` : undefined}
          className="mt-0.5 size-5 shrink-0"
        />
        <span className="font-medium">{label}</span>
      </label>
      {hint && (
        <p id={`${name}-hint`} className="ml-8 text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Checkboxes of one name in a fieldset; an empty list says so instead. `id` keeps two groups of one name on a page apart (default: the name). */
export function CheckboxGroup({
  name,
  id = name,
  legend,
  hint,
  error,
  options,
  checked,
  empty,
  onToggle,
}: {
  name: string;
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  checked: string[];
  empty: string;
  /** Makes the group controlled: `checked` is then the current state, not the initial one. */
  onToggle?: (value: string, checked: boolean) => void;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {options.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="grid gap-x-4 sm:grid-cols-2">
          {options.map((o) => (
            <li key={o.value}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name={name}
                  value={o.value}
                  {...(onToggle
                    ? {
                        checked: checked.includes(o.value),
                        onChange: (e) => onToggle(o.value, e.target.checked),
                      }
                    : { defaultChecked: checked.includes(o.value) })}
                  className="size-5 shrink-0"
                />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One choice among a few, in a fieldset; `defaultValue` is the one checked first. */
export function RadioGroup({
  name,
  legend,
  error,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  return (
    <fieldset aria-describedby={describedBy(name, undefined, error)} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={o.value === defaultValue}
              className="size-5 shrink-0"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
