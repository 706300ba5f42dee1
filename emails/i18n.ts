// Emails are written in the RECIPIENT's language, chosen explicitly by the
// caller (Account.language), never taken from the request that caused them.
import { createTranslator } from "next-intl";
import { catalogues } from "@/lib/i18n/catalogues";
import type { AppLocale } from "@/lib/i18n/routing";

export function emailTranslator(locale: AppLocale, timeZone: string) {
  return createTranslator({
    locale,
    messages: catalogues[locale],
    namespace: "emails",
    timeZone,
    // A missing or broken message must fail the send (and be retried after a
    // fix), not go out as "emails.accountActivation.subject".
    onError: (error) => {
      throw error;
    },
  });
}

export type EmailTranslator = ReturnType<typeof emailTranslator>;

/** What every template knows besides its own data. */
export type EmailBrand = {
  clinicName: string;
  clinicPhone: string | null;
  /** The organizer of the calendar files (iTIP wants one on REQUEST and CANCEL). */
  clinicEmail: string | null;
  /** The clinic's time zone: dates in emails are shown in it. */
  timeZone: string;
  /** The clinic's logo at an absolute address (mail clients fetch it), or null. */
  logoUrl: string | null;
  /** The clinic's colour for buttons and links (white text on it passes 4.5:1), or null for the portal's. */
  color: string | null;
};

export type EmailContext = {
  locale: AppLocale;
  /** The rendered subject, also the HTML document's title. */
  subject: string;
  t: EmailTranslator;
  brand: EmailBrand;
};

export type EmailProps<Data> = { data: Data; ctx: EmailContext };
