import type en from "./messages/en.json";
import type { AppLocale } from "./lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
