import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr"] as const;
export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  // Always /en/… or /fr/…: a deep link from an email keeps its language.
  localePrefix: "always",
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
