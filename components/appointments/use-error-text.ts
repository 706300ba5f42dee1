"use client";
import { useTranslations } from "next-intl";

/** Translates an appointment action's error code: this domain's texts first, then the generic form errors. */
export function useAppointmentErrorText() {
  const own = useTranslations("appointments.errors");
  const generic = useTranslations("forms.errors");
  return (code: string | undefined) => {
    if (!code) return undefined;
    // Codes come from the server at run time, so they are checked with has().
    if (own.has(code as never)) return own(code as never);
    return generic.has(code as never) ? generic(code as never) : generic("invalid");
  };
}
