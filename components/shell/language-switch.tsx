"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Shows the current page in the other language, keeping path and query. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "en" ? "fr" : "en";
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={t("switchToLabel")}
      className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-brand-800 underline-offset-4 hover:underline"
    >
      {t("switchTo")}
    </Link>
  );
}
