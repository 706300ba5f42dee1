"use client";
import { useTranslations } from "next-intl";

/** The screens whose messages hold an `errors` group of their own. */
export type ErrorNamespace =
  | "adminAvailability"
  | "adminBills"
  | "adminBook"
  | "adminCatalog"
  | "adminCommunications"
  | "adminInbox"
  | "adminPatients"
  | "adminProfileAccess"
  | "adminScheduling"
  | "adminSettings"
  | "adminSetup"
  | "adminStaff"
  | "appointments"
  | "communications"
  | "credentials"
  | "invitation"
  | "register";

/**
 * The one way an action's error code becomes text: the screen's own words
 * first, then the generic form texts, else "invalid". Codes come from the
 * server at run time, so the key is built here, once, and checked with has().
 */
export function useErrorText(namespace: ErrorNamespace) {
  const t = useTranslations();
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    for (const key of [`${namespace}.errors.${code}`, `forms.errors.${code}`])
      if (t.has(key as never)) return t(key as never);
    return t("forms.errors.invalid");
  };
}
