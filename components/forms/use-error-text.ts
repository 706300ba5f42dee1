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
  | "adminPatientEdit"
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
  | "profileTab"
  | "register";

/**
 * The one way an action's error code becomes text: the screen's own words
 * first (in order, when a screen reuses another's fields), then the generic
 * form texts, else "invalid". Codes come from the server at run time, so the
 * key is built here, once, and checked with has().
 */
export function useErrorText(...namespaces: [ErrorNamespace, ...ErrorNamespace[]]) {
  const t = useTranslations();
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    const keys = [...namespaces.map((n) => `${n}.errors.${code}`), `forms.errors.${code}`];
    for (const key of keys) if (t.has(key as never)) return t(key as never);
    return t("forms.errors.invalid");
  };
}
