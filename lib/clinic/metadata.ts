import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadClinic } from "./loaders";

/**
 * Every page's <title> names the clinic: "Page — Clinic name" (the portal's
 * name alone before the clinic is set up), so a tab or a bookmark says whose
 * portal it is.
 */
export async function loadTitleMetadata(locale: AppLocale): Promise<Metadata["title"]> {
  const [clinic, t] = await Promise.all([
    loadClinic(),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const portal = t("portalName");
  if (!clinic) return { template: `%s — ${portal}`, default: portal };
  return { template: `%s — ${clinic.name}`, default: `${portal} — ${clinic.name}` };
}
