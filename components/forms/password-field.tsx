"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PASSWORD_RULES, type PasswordRule } from "@/lib/auth/password-policy";
import { Field } from "./field";

const RULES = Object.keys(PASSWORD_RULES) as PasswordRule[];

/**
 * A new-password input with the clinic's rules listed under it, ticked off as
 * the person types. The list is the field's hint (aria-describedby) and is not
 * a live region: screen readers hear it on focus, not at every keystroke.
 */
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
  const t = useTranslations("passwordField");
  const [value, setValue] = useState("");
  const hint = (
    <>
      <span>{t("intro")}</span>
      <ul className="mt-1 space-y-0.5">
        {RULES.map((rule) => {
          const met = PASSWORD_RULES[rule](value);
          return (
            <li key={rule} className={met ? "text-success" : undefined} data-rule={rule} data-met={met}>
              <span aria-hidden="true">{met ? "✓ " : "○ "}</span>
              {t(`rules.${rule}`)}
              <span className="sr-only"> ({met ? t("met") : t("notMet")})</span>
            </li>
          );
        })}
      </ul>
    </>
  );
  return (
    <Field
      name={name}
      label={label}
      type="password"
      autoComplete={autoComplete}
      required
      maxLength={1000}
      error={error}
      hint={hint}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
    />
  );
}
