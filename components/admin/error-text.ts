"use client";
import { useTranslations } from "next-intl";

type Namespace = "adminStaff" | "adminPatients" | "adminSettings" | "adminSetup" | "invitation";

/** Translates an action's error code: the screen's own text first, else the generic form text. */
export function useErrorText(namespace: Namespace) {
  const t = useTranslations(namespace);
  const forms = useTranslations("forms");
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    const key = `errors.${code}` as never;
    if (t.has(key)) return t(key);
    if (forms.has(key)) return forms(key);
    return forms("errors.invalid");
  };
}
