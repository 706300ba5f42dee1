"use client";
import { useState } from "react";
import { Field } from "./field";
import { PasswordRules } from "./password-rules";

/** A new-password input with the clinic's rules listed between its label and the input (its hint), ticked off as the person types; an error shows under the input. */
export function PasswordField({
  name,
  label,
  error,
  autoComplete = "new-password",
}: {
  name: string;
  label: string;
  /** A translated message. */
  error?: string;
  autoComplete?: string;
}) {
  const [value, setValue] = useState("");
  return (
    <Field
      name={name}
      label={label}
      type="password"
      autoComplete={autoComplete}
      required
      maxLength={1000}
      error={error}
      hint={<PasswordRules password={value} />}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
    />
  );
}
