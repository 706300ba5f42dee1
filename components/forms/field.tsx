"use client";
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * A labelled input with its hint and error wired for screen readers
 * (aria-describedby, aria-invalid). A required field shows a visible asterisk
 * and says "required" to assistive technology.
 */
export function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
  ...input
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  /** A translated message. */
  error?: string;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const t = useTranslations("forms");
  const id = input.id ?? name;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && (
          <>
            <span aria-hidden="true" className="text-danger">
              {" "}
              *
            </span>
            <span className="sr-only"> ({t("required")})</span>
          </>
        )}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </div>
      )}
      {children ?? (
        <input
          id={id}
          name={name}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 px-3 aria-[invalid=true]:border-danger"
          {...input}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
