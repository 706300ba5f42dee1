import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { DEFAULT_TIME_ZONE } from "@/lib/clinic/default-time-zone";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Pages pass the clinic's zone to every date they format; this is only
    // next-intl's fallback, for a page rendered before any clinic exists.
    timeZone: DEFAULT_TIME_ZONE,
  };
});
