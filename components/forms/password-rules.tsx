"use client";
import { useTranslations } from "next-intl";
import { PASSWORD_RULES, type PasswordRule } from "@/lib/auth/password-policy";

const RULES = Object.keys(PASSWORD_RULES) as PasswordRule[];

/**
 * The clinic's password rules, ticked off as the person types. Used as a
 * field's hint (aria-describedby), not a live region: screen readers hear it on
 * focus, not at every keystroke.
 */
export function PasswordRules({ password }: { password: string }) {
  const t = useTranslations("passwordField");
  return (
    <>
      <span>{t("intro")}</span>
      <ul className="mt-1 space-y-0.5">
        {RULES.map((rule) => {
          const met = PASSWORD_RULES[rule](password);
          return (
            <li
              key={rule}
              className={met ? "text-success" : undefined}
              data-rule={rule}
              data-met={met}
            >
              <span aria-hidden="true">{met ? "✓ " : "○ "}</span>
              {t(`rules.${rule}`)}
              <span className="sr-only"> ({met ? t("met") : t("notMet")})</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
